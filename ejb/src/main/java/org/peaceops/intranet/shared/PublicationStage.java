package org.peaceops.intranet.shared;

/**
 * Where a document version stands as far as reading and acting on it goes: the access policy's view of
 * the documents context's lifecycle, which has more states than the policy tells apart (a version in
 * force is judged alike whether or not its review date has come; withdrawn and archived alike).
 */
public enum PublicationStage {
    /** Being written: its author's (and their editors') alone. */
    DRAFT,
    /** Submitted for validation: also its approvers'. */
    SUBMITTED,
    /** Approved by a second person, awaiting promulgation. */
    APPROVED,
    /** Promulgated (and possibly under review): guidance in force. */
    IN_FORCE,
    /** Replaced by a newer version; its history stays readable. */
    SUPERSEDED,
    /** Withdrawn or archived: no longer published. */
    RETIRED;

    /** Published guidance, readable by every reader in scope: in force, or superseded history. */
    public boolean published() {
        return this == IN_FORCE || this == SUPERSEDED;
    }

    /** Work in progress on its way to promulgation. */
    public boolean inPreparation() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED;
    }
}
