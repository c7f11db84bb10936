package org.peaceops.intranet.toolbox.domain.recommendation;

/**
 * What the office addressed did with a recommendation: open until it decides, accepted (and then
 * implemented, with evidence), or rejected with a reason. Rejected and implemented are final.
 */
public enum RecommendationStatus {
    OPEN, ACCEPTED, REJECTED, IMPLEMENTED;

    /** Still owed an action: what the overdue view counts. */
    public boolean isPending() {
        return this == OPEN || this == ACCEPTED;
    }
}
