package org.peaceops.intranet.documents.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/** Who hears about which step: approvers of the scope for submissions, the author for the rest. */
class WorkflowAudienceTest {

    @Test
    void aSubmissionGoesToTheApproversOfTheScopeButNeverToItsAuthor() {
        assertThat(WorkflowAudience.recipients(NotificationKind.AWAITING_APPROVAL, "author", "author",
                List.of("approver-unmiss", "author", "approver-hq"))).containsExactly("approver-unmiss", "approver-hq");
    }

    @Test
    void approvalReturnAndPromulgationGoToTheAuthor() {
        for (NotificationKind kind : List.of(NotificationKind.APPROVED, NotificationKind.RETURNED_TO_DRAFT,
                NotificationKind.PROMULGATED)) {
            assertThat(WorkflowAudience.recipients(kind, "approver", "author", List.of("approver", "other")))
                    .as(kind.name()).containsExactly("author");
        }
    }

    @Test
    void nobodyIsToldOfTheirOwnStep() {
        assertThat(WorkflowAudience.recipients(NotificationKind.PROMULGATED, "author", "author", List.of())).isEmpty();
        assertThat(WorkflowAudience.recipients(NotificationKind.AWAITING_APPROVAL, "hq-admin", "author",
                List.of("hq-admin"))).isEmpty();
    }

    @Test
    void onlyTheStepsPeopleWaitForGiveRiseToANotification() {
        assertThat(NotificationKind.of(LifecycleStatus.DRAFT, LifecycleStatus.SUBMITTED)).contains(NotificationKind.AWAITING_APPROVAL);
        assertThat(NotificationKind.of(LifecycleStatus.SUBMITTED, LifecycleStatus.APPROVED)).contains(NotificationKind.APPROVED);
        assertThat(NotificationKind.of(LifecycleStatus.SUBMITTED, LifecycleStatus.DRAFT)).contains(NotificationKind.RETURNED_TO_DRAFT);
        assertThat(NotificationKind.of(LifecycleStatus.APPROVED, LifecycleStatus.PROMULGATED)).contains(NotificationKind.PROMULGATED);
        // The creation of a version (nothing to draft) and the daily review check notify nobody here.
        assertThat(NotificationKind.of(null, LifecycleStatus.DRAFT)).isEmpty();
        assertThat(NotificationKind.of(LifecycleStatus.PROMULGATED, LifecycleStatus.UNDER_REVIEW)).isEmpty();
        assertThat(NotificationKind.of(LifecycleStatus.PROMULGATED, LifecycleStatus.SUPERSEDED)).isEmpty();
    }

    @Test
    void onlyTheRecipientMarksANotificationRead() {
        Notification n = new Notification("author", NotificationKind.APPROVED, 7, 1, "SOP 2007.04", BilingualText.of("Handover", null), "approver",
                null, java.time.Instant.parse("2026-01-01T10:00:00Z"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> n.markRead("someone-else", java.time.Instant.now()))
                .isInstanceOf(AccessDenied.class);
        assertThat(n.isRead()).isFalse();
        n.markRead("author", java.time.Instant.now());
        assertThat(n.isRead()).isTrue();
    }
}
