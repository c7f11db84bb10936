/**
 * The audit trail's stored lines and their repository: who did what to which target, when, written by
 * the documents services directly and by every other context through the kernel's audit port. Lines are
 * written in the same transaction as the change they describe and never updated.
 */
package org.peaceops.intranet.documents.domain.audit;
