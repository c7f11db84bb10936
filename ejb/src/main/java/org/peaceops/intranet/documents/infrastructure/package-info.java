/**
 * JPA repositories and start-up migrations of the documents context.
 */
package org.peaceops.intranet.documents.infrastructure;
