package org.peaceops.intranet.toolbox.domain.report;

/**
 * Where a report is in its review: the author drafts and submits; the mission's Best Practices Officer
 * publishes it or returns it with a reason, and the author may then change it and submit it again.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED;

    /** Whether the author may still change the values. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
