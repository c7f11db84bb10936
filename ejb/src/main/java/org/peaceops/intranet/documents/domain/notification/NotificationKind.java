package org.peaceops.intranet.documents.domain.notification;

import java.util.Optional;
import org.peaceops.intranet.documents.domain.LifecycleStatus;

/** What happened, from the recipient's point of view. Stored by name: add constants, never rename them. */
public enum NotificationKind {
    /** A draft waits for an approver of its scope. */
    AWAITING_APPROVAL,
    /** The author's version was approved by someone else. */
    APPROVED,
    /** The author's version came back to draft, with the reason. */
    RETURNED_TO_DRAFT,
    /** The author's version is in force. */
    PROMULGATED,
    /**
     * Not a document's step: an answer to the recipient's question in a community of practice was
     * published. The notification's document id is then the question's, its label the community's name.
     */
    COMMUNITY_ANSWER;

    /** The kind a lifecycle step gives rise to; empty for steps nobody needs to be told about. */
    public static Optional<NotificationKind> of(LifecycleStatus from, LifecycleStatus to) {
        return switch (to) {
            case SUBMITTED -> Optional.of(AWAITING_APPROVAL);
            case APPROVED -> Optional.of(APPROVED);
            case DRAFT -> from == null ? Optional.empty() : Optional.of(RETURNED_TO_DRAFT);
            case PROMULGATED -> Optional.of(PROMULGATED);
            default -> Optional.empty();
        };
    }

    /** Whether it goes to the approvers of the scope rather than to the author. */
    public boolean forApprovers() {
        return this == AWAITING_APPROVAL;
    }
}
