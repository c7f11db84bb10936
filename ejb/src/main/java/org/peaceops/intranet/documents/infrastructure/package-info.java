/**
 * JPA repositories of the documents context and its start-up migration; the blob store is in {@code blobs}.
 */
package org.peaceops.intranet.documents.infrastructure;
