package org.peaceops.intranet.documents.domain;

/**
 * Where a document version stands in the guidance lifecycle (DOMAIN.md, Lifecycle of guidance):
 * draft, submitted for validation, approved by a second person, promulgated (in force), under review
 * (review date reached), superseded by a newer version, withdrawn, archived.
 */
public enum LifecycleStatus {
    DRAFT, SUBMITTED, APPROVED, PROMULGATED, UNDER_REVIEW, SUPERSEDED, WITHDRAWN, ARCHIVED;

    /** Versions in these states are what readers see as guidance in force. */
    public boolean inForce() {
        return this == PROMULGATED || this == UNDER_REVIEW;
    }
}
