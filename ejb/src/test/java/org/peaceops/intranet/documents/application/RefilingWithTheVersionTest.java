package org.peaceops.intranet.documents.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.documents.application.WriteServices.APPROVER_HQ;
import static org.peaceops.intranet.documents.application.WriteServices.CONTRIBUTOR;
import static org.peaceops.intranet.documents.application.WriteServices.READER_MINUSCA;
import static org.peaceops.intranet.documents.application.WriteServices.filing;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * A document's classification and mission belong to the whole document: a contributor who opens a
 * revision only proposes a re-filing, which readers feel when, and only when, an approver promulgates
 * the version; and a document is filed only under a mission the directory records.
 */
class RefilingWithTheVersionTest {

    private final WriteServices services = new WriteServices();

    @Test
    void aRevisionSavedAsPublicLeavesAConfidentialDocumentConfidentialUntilItIsPromulgated() {
        long id = services.promulgated(CONTRIBUTOR, "UNMISS", Classification.CONFIDENTIAL);
        int next = services.drafts.revise(CONTRIBUTOR, id);

        services.drafts.recatalogue(CONTRIBUTOR, id, next, filing("UNMISS", Classification.PUBLIC));

        assertThat(services.document(id).getClassification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(services.reads(READER_MINUSCA, id)).as("another mission's reader, before promulgation").isFalse();
        assertThat(services.document(id).version(next).getProposedCataloguing().orElseThrow().classification())
                .as("the proposal travels with the draft").isEqualTo(Classification.PUBLIC);
        assertThat(services.audit).contains("REFILING_PROPOSED " + next + " UNMISS PUBLIC");

        services.drafts.attachFile(CONTRIBUTOR, id, next, WriteServices.file('b'));
        services.lifecycle.submit(CONTRIBUTOR, id, next, null);
        services.lifecycle.approve(APPROVER_HQ, id, next, null);
        assertThat(services.document(id).getClassification()).as("approved, not yet in force")
                .isEqualTo(Classification.CONFIDENTIAL);
        services.lifecycle.promulgate(APPROVER_HQ, id, next, LocalDate.of(2026, 3, 20));

        assertThat(services.document(id).getClassification()).isEqualTo(Classification.PUBLIC);
        assertThat(services.reads(READER_MINUSCA, id)).isTrue();
    }

    @Test
    void aDraftThatWasNeverPublishedIsReFiledAtOnce() {
        long id = services.draft(CONTRIBUTOR, "UNMISS", Classification.INTERNAL);

        services.drafts.recatalogue(CONTRIBUTOR, id, 1, filing("UNMISS", Classification.CONFIDENTIAL));

        assertThat(services.document(id).getClassification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(services.document(id).version(1).getProposedCataloguing()).isEmpty();
    }

    @Test
    void aMadeUpMissionIsRefusedWhenFilingAndReFiling() {
        assertThatThrownBy(() -> services.drafts.startDraft(CONTRIBUTOR, "SOP", "2026.90", filing("NOWHERE",
                Classification.INTERNAL), VersionMetadata.builder().titleEn("Lost").build()))
                .isInstanceOf(GuidanceRuleException.class).hasMessageContaining("no active mission NOWHERE");
        long id = services.promulgated(CONTRIBUTOR, "UNMISS", Classification.INTERNAL);
        int next = services.drafts.revise(CONTRIBUTOR, id);

        assertThatThrownBy(() -> services.drafts.recatalogue(CONTRIBUTOR, id, next, filing("HIDDEN", Classification.INTERNAL)))
                .isInstanceOfSatisfying(GuidanceRuleException.class,
                        e -> assertThat(e.key()).isEqualTo("guidance.mission.unknown"));
        assertThat(services.document(id).version(next).getProposedCataloguing()).isEmpty();
    }

    @Test
    void aContributorCannotMoveTheirMissionsGuidanceToAnotherMission() {
        long id = services.promulgated(CONTRIBUTOR, "UNMISS", Classification.INTERNAL);
        int next = services.drafts.revise(CONTRIBUTOR, id);

        assertThatThrownBy(() -> services.drafts.recatalogue(CONTRIBUTOR, id, next, filing("MINUSCA", Classification.INTERNAL)))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("MINUSCA");
    }
}
