package org.peaceops.intranet.documents.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.documents.application.WriteServices.APPROVER_HQ;
import static org.peaceops.intranet.documents.application.WriteServices.APPROVER_MINUSCA;
import static org.peaceops.intranet.documents.application.WriteServices.APPROVER_UNMISS;
import static org.peaceops.intranet.documents.application.WriteServices.CONTRIBUTOR;
import static org.peaceops.intranet.documents.application.WriteServices.CONTRIBUTOR_MINUSCA;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.Conflict;

/**
 * Writes are scoped to the owning mission: its own approvers or headquarters validate, promulgate and
 * withdraw its guidance; contributors draft for their mission or headquarters guidance; and a draft
 * someone left open can be discarded, so no one holds a document's next version hostage.
 */
class MissionScopedWritesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private final WriteServices services = new WriteServices();

    private long submitted(String mission) {
        long id = services.draft(CONTRIBUTOR, mission, Classification.INTERNAL);
        services.lifecycle.submit(CONTRIBUTOR, id, 1, null);
        return id;
    }

    @Test
    void anApproverOfAnotherMissionNeitherApprovesNorPromulgatesNorWithdraws() {
        long id = submitted("UNMISS");
        assertThatThrownBy(() -> services.lifecycle.approve(APPROVER_MINUSCA, id, 1, null))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("guidance of mission UNMISS is validated by its own approvers or headquarters");
        services.lifecycle.approve(APPROVER_UNMISS, id, 1, null);
        assertThatThrownBy(() -> services.lifecycle.promulgate(APPROVER_MINUSCA, id, 1, DAY))
                .isInstanceOf(AccessDenied.class);
        services.lifecycle.promulgate(APPROVER_UNMISS, id, 1, DAY);
        assertThatThrownBy(() -> services.lifecycle.withdraw(APPROVER_MINUSCA, id, 1, "Not ours, but still"))
                .isInstanceOf(AccessDenied.class);
        assertThatCode(() -> services.lifecycle.withdraw(APPROVER_HQ, id, 1, "Replaced")).as("headquarters acts on all")
                .doesNotThrowAnyException();
    }

    @Test
    void headquartersGuidanceIsApprovedAtHeadquartersOnly() {
        long id = submitted("HQ");
        assertThatThrownBy(() -> services.lifecycle.approve(APPROVER_UNMISS, id, 1, null)).isInstanceOf(AccessDenied.class);
        assertThatCode(() -> services.lifecycle.approve(APPROVER_HQ, id, 1, null)).doesNotThrowAnyException();
    }

    @Test
    void contributorsDraftAndReviseForTheirMissionOrHeadquartersOnly() {
        long unmiss = services.promulgated(CONTRIBUTOR, "UNMISS", Classification.INTERNAL);
        assertThatThrownBy(() -> services.drafts.revise(CONTRIBUTOR_MINUSCA, unmiss)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> services.draft(CONTRIBUTOR_MINUSCA, "UNMISS", Classification.INTERNAL))
                .isInstanceOf(AccessDenied.class);
        long hq = services.promulgated(CONTRIBUTOR, "HQ", Classification.INTERNAL);
        assertThatCode(() -> services.drafts.revise(CONTRIBUTOR_MINUSCA, hq)).doesNotThrowAnyException();
        assertThat(services.drafts.filingMissions(CONTRIBUTOR_MINUSCA)).as("what the draft form offers")
                .containsExactly("HQ", "MINUSCA");
        assertThat(services.drafts.filingMissions(APPROVER_HQ)).containsExactly("HQ", "MINUSCA", "UNMISS");
    }

    @Test
    void aRevisionLeftOpenIsDiscardedByHeadquartersAndTheDocumentCanBeRevisedAgain() {
        long id = services.promulgated(CONTRIBUTOR, "HQ", Classification.INTERNAL);
        int blocking = services.drafts.revise(CONTRIBUTOR_MINUSCA, id);
        assertThatThrownBy(() -> services.drafts.revise(CONTRIBUTOR, id)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> services.drafts.discardDraft(APPROVER_MINUSCA, id, blocking, "Blocking"))
                .as("an approver of another mission").isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> services.drafts.discardDraft(CONTRIBUTOR, id, blocking, "Blocking"))
                .as("another contributor").isInstanceOf(AccessDenied.class);

        boolean removed = services.drafts.discardDraft(APPROVER_HQ, id, blocking, "Left open for months");

        assertThat(removed).isFalse();
        assertThat(services.document(id).getVersions()).extracting(v -> v.getStatus())
                .containsExactly(LifecycleStatus.PROMULGATED);
        assertThat(services.audit).contains("DRAFT_DISCARDED 2 by s-approver (Left open for months)");
        assertThat(services.drafts.revise(CONTRIBUTOR, id)).isEqualTo(2);
    }

    @Test
    void discardingTheOnlyDraftOfANeverPublishedDocumentRemovesTheDocument() {
        long id = services.draft(CONTRIBUTOR, "UNMISS", Classification.INTERNAL);
        assertThatThrownBy(() -> services.drafts.discardDraft(CONTRIBUTOR, id, 1, " "))
                .as("a reason is required").isInstanceOf(GuidanceRuleException.class);

        assertThat(services.drafts.discardDraft(CONTRIBUTOR, id, 1, "Started by mistake")).isTrue();

        assertThat(services.documents.find(id)).isEmpty();
        assertThat(services.audit).contains("DRAFT_DISCARDED 1 by s-contributor (Started by mistake) with the document");
    }

    @Test
    void aVersionUnderValidationIsNotDiscarded() {
        long id = submitted("UNMISS");
        assertThatThrownBy(() -> services.drafts.discardDraft(APPROVER_UNMISS, id, 1, "No"))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("only drafts");
        assertThat(services.documents.find(id)).isPresent();
    }
}
