/**
 * The search outbox: changes the Lucene index has yet to take in, written in the same transaction as
 * the change itself so the index can always catch up (ARCHITECTURE.md, Data).
 */
package org.peaceops.intranet.documents.domain.search;
