/**
 * Transactional services of the documents context, one per use-case family, called by web and lms.
 */
package org.peaceops.intranet.documents.application;
