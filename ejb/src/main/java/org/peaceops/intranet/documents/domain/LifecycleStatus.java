package org.peaceops.intranet.documents.domain;

import java.util.EnumSet;
import java.util.Set;
import org.peaceops.intranet.shared.PublicationStage;

/**
 * Where a document version stands in the guidance lifecycle (DOMAIN.md, Lifecycle of guidance):
 * draft, submitted for validation, approved by a second person, promulgated (in force), under review
 * (review date reached), superseded by a newer version, withdrawn, archived.
 *
 * <p>The allowed moves live here, in one table, so that every rule about who may do what can rely on
 * the plain graph being right first.
 */
public enum LifecycleStatus {
    DRAFT, SUBMITTED, APPROVED, PROMULGATED, UNDER_REVIEW, SUPERSEDED, WITHDRAWN, ARCHIVED;

    /** Versions in these states are what readers see as guidance in force. */
    public boolean inForce() {
        return this == PROMULGATED || this == UNDER_REVIEW;
    }

    /**
     * Still on its way to promulgation. A document has at most one open version: two competing drafts
     * of the same guidance would have to be merged by hand, which nobody would do well.
     */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED;
    }

    /** Once promulgated, a version is a published record: its bytes and metadata never change again. */
    public boolean published() {
        return !open();
    }

    /** The states this one may move to directly. */
    public Set<LifecycleStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, DRAFT);
            case APPROVED -> EnumSet.of(PROMULGATED, DRAFT);
            case PROMULGATED -> EnumSet.of(UNDER_REVIEW, SUPERSEDED, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(SUPERSEDED, WITHDRAWN);
            case SUPERSEDED, WITHDRAWN -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(LifecycleStatus.class);
        };
    }

    public boolean canMoveTo(LifecycleStatus target) {
        return next().contains(target);
    }

    /** How the access policy sees this state: it tells fewer states apart than the lifecycle does. */
    public PublicationStage stage() {
        return switch (this) {
            case DRAFT -> PublicationStage.DRAFT;
            case SUBMITTED -> PublicationStage.SUBMITTED;
            case APPROVED -> PublicationStage.APPROVED;
            case PROMULGATED, UNDER_REVIEW -> PublicationStage.IN_FORCE;
            case SUPERSEDED -> PublicationStage.SUPERSEDED;
            case WITHDRAWN, ARCHIVED -> PublicationStage.RETIRED;
        };
    }
}
