/**
 * Transactional services of the documents context, one per use-case family (drafting, lifecycle, queries,
 * upload), called by web and lms with an {@link org.peaceops.intranet.documents.application.Actor}; DTOs out.
 */
package org.peaceops.intranet.documents.application;
