/**
 * The audit trail of the documents context: who did what to which document, when.
 * Entries are written in the same transaction as the change they describe and never updated.
 */
package org.peaceops.intranet.documents.domain.audit;
