package org.peaceops.intranet.documents.domain.audit;


/** The orders the audit page offers; each ends on the id so that paging is stable. */
public enum AuditOrder {
    NEWEST_FIRST, OLDEST_FIRST, ACTOR, ACTION
}
