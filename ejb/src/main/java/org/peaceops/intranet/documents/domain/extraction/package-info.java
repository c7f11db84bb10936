/**
 * What text extraction found in a stored file: its status (pending, extracted, without text, failed), the
 * reason when there is no full text, and the metadata Tika read (title, author, pages, language).
 */
package org.peaceops.intranet.documents.domain.extraction;
