/**
 * Transactional services of the documents context, one per use-case family (drafting, lifecycle, queries,
 * upload), called by web and lms with an {@link org.peaceops.intranet.shared.Caller}; DTOs out.
 */
package org.peaceops.intranet.documents.application;
