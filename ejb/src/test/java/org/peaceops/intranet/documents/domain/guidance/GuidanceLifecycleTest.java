package org.peaceops.intranet.documents.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.APPROVED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.ARCHIVED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.DRAFT;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.PROMULGATED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.SUBMITTED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.SUPERSEDED;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.UNDER_REVIEW;
import static org.peaceops.intranet.documents.domain.LifecycleStatus.WITHDRAWN;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.APPROVER;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.AUTHOR;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.DAY0;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.OFFICER;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.day;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.draft;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.file;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.promulgateRevision;
import static org.peaceops.intranet.documents.domain.guidance.GuidanceFixture.withVersionIn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peaceops.intranet.shared.refusal.Conflict;

/** The guidance lifecycle from draft to archive: the allowed path and the rules along it. */
class GuidanceLifecycleTest {

    @Test
    void aNewDocumentHasOneDraftVersionByItsAuthor() {
        GuidanceDocument d = draft();

        assertThat(d.getVersions()).hasSize(1);
        DocumentVersion v = d.version(1);
        assertThat(v.getStatus()).isEqualTo(DRAFT);
        assertThat(v.getAuthorSubject()).isEqualTo(AUTHOR);
        assertThat(v.isCurrent()).isTrue();
        assertThat(v.getTransitions()).singleElement().satisfies(t -> {
            assertThat(t.getFrom()).isEmpty();
            assertThat(t.getTo()).isEqualTo(DRAFT);
            assertThat(t.getActorSubject()).isEqualTo(AUTHOR);
        });
        assertThat(d.label()).isEqualTo("SOP 2007.04");
    }

    @Test
    void goesFromDraftToPromulgatedRecordingEveryStep() {
        GuidanceDocument d = draft();
        d.attach(1, file('a'), day(1));

        d.submit(1, AUTHOR, day(1), "Ready for validation");
        d.approve(1, APPROVER, day(2), "Consistent with the policy", ReviewPolicy.standard());
        List<LifecycleTransition> steps = d.promulgate(1, OFFICER, day(3), DAY0.plusDays(5));

        DocumentVersion v = d.version(1);
        assertThat(v.getStatus()).isEqualTo(PROMULGATED);
        assertThat(steps).extracting(LifecycleTransition::getTo).containsExactly(PROMULGATED);
        assertThat(v.getTransitions()).extracting(t -> t.getFrom().orElse(null) + ">" + t.getTo() + " by " + t.getActorSubject())
                .containsExactly("null>DRAFT by author-1", "DRAFT>SUBMITTED by author-1",
                        "SUBMITTED>APPROVED by approver-1", "APPROVED>PROMULGATED by officer-1");
        assertThat(v.getTransitions().get(2).getComment()).contains("Consistent with the policy");
        assertThat(v.getTransitions().get(2).getOccurredAt()).isEqualTo(day(2));
        assertThat(v.getApprovedBy()).contains(APPROVER);
        assertThat(v.getApprovedAt()).contains(day(2));
        assertThat(v.inForceFrom()).contains(DAY0.plusDays(5));
        assertThat(v.inForceUntil()).isEmpty();
        assertThat(d.inForceVersion()).containsSame(v);
    }

    @Test
    void theAuthorCannotApproveTheirOwnVersion() {
        GuidanceDocument d = withVersionIn(SUBMITTED);

        assertThatThrownBy(() -> d.approve(1, AUTHOR, day(2), null, ReviewPolicy.standard()))
                .isInstanceOf(FourEyesViolationException.class)
                .hasMessageContaining("You wrote the version 1 of SOP 2007.04, so you cannot approve it")
                .hasMessageContaining("four-eyes");
        assertThat(d.version(1).getStatus()).isEqualTo(SUBMITTED);
        assertThat(d.version(1).getApprovedBy()).isEmpty();
    }

    @Test
    void theAuthorOfARevisionCannotApproveItEvenIfSomeoneElseWroteTheFirstVersion() {
        GuidanceDocument d = withVersionIn(PROMULGATED);
        DocumentVersion v2 = d.revise(APPROVER, day(30));
        d.attach(2, file('c'), day(30));
        d.submit(2, APPROVER, day(30), null);

        assertThatThrownBy(() -> d.approve(2, APPROVER, day(31), null, ReviewPolicy.standard()))
                .isInstanceOf(FourEyesViolationException.class);
        d.approve(2, AUTHOR, day(31), null, ReviewPolicy.standard());
        assertThat(v2.getStatus()).isEqualTo(APPROVED);
    }

    @Test
    void reviewDateDefaultsToTwentyFourMonthsAfterApproval() {
        GuidanceDocument d = withVersionIn(APPROVED);

        assertThat(d.version(1).getReviewDate()).contains(DAY0.plusDays(2).plusMonths(24));
    }

    @Test
    void reviewPeriodIsAParameter() {
        GuidanceDocument d = withVersionIn(SUBMITTED);

        d.approve(1, APPROVER, day(2), null, ReviewPolicy.everyMonths(12));

        assertThat(d.version(1).getReviewDate()).contains(DAY0.plusDays(2).plusMonths(12));
    }

    @Test
    void anExplicitReviewDateWinsOverTheDefault() {
        GuidanceDocument d = draft();
        d.describe(1, metadataWithReview(DAY0.plusMonths(6)), day(1));
        d.attach(1, file('a'), day(1));
        d.submit(1, AUTHOR, day(1), null);

        d.approve(1, APPROVER, day(2), null, ReviewPolicy.standard());

        assertThat(d.version(1).getReviewDate()).contains(DAY0.plusMonths(6));
    }

    @Test
    void documentsThatAreNotGuidanceGetNoDefaultReviewDate() {
        GuidanceDocument d = GuidanceFixture.draft(GuidanceFixture.TEMPLATE);
        d.attach(1, file('a'), day(1));
        d.submit(1, AUTHOR, day(1), null);

        d.approve(1, APPROVER, day(2), null, ReviewPolicy.standard());

        assertThat(d.version(1).getReviewDate()).isEmpty();
    }

    @Test
    void aVersionCannotBeSubmittedWithoutItsFile() {
        GuidanceDocument d = draft();

        assertThatThrownBy(() -> d.submit(1, AUTHOR, day(1), null))
                .isInstanceOf(GuidanceRuleException.class)
                .hasMessageContaining("Attach the file");
        assertThat(d.version(1).getStatus()).isEqualTo(DRAFT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUBMITTED", "APPROVED"})
    void returningToDraftNeedsAReasonAndVoidsTheApproval(String from) {
        GuidanceDocument d = withVersionIn(org.peaceops.intranet.documents.domain.LifecycleStatus.valueOf(from));

        assertThatThrownBy(() -> d.returnToDraft(1, APPROVER, day(5), "  "))
                .isInstanceOf(GuidanceRuleException.class)
                .hasMessageContaining("Give a reason to return it to draft");
        d.returnToDraft(1, APPROVER, day(5), "Section 3 contradicts the DDR policy");

        DocumentVersion v = d.version(1);
        assertThat(v.getStatus()).isEqualTo(DRAFT);
        assertThat(v.getApprovedBy()).isEmpty();
        assertThat(v.getReviewDate()).isEmpty();
        assertThat(v.getTransitions().get(v.getTransitions().size() - 1).getComment())
                .contains("Section 3 contradicts the DDR policy");
    }

    @Test
    void withdrawingNeedsAReasonAndEndsTheTimeInForce() {
        GuidanceDocument d = withVersionIn(PROMULGATED);

        assertThatThrownBy(() -> d.withdraw(1, OFFICER, day(10), null))
                .isInstanceOf(GuidanceRuleException.class)
                .hasMessageContaining("Give a reason to withdraw it");
        d.withdraw(1, OFFICER, day(10), "Overtaken by the 2025 policy");

        assertThat(d.version(1).getStatus()).isEqualTo(WITHDRAWN);
        assertThat(d.version(1).inForceUntil()).contains(DAY0.plusDays(10));
        assertThat(d.inForceVersion()).isEmpty();
    }

    @Test
    void promulgatingANewVersionSupersedesTheOneInForce() {
        GuidanceDocument d = withVersionIn(PROMULGATED);

        DocumentVersion v2 = promulgateRevision(d, 40);

        DocumentVersion v1 = d.version(1);
        assertThat(v1.getStatus()).isEqualTo(SUPERSEDED);
        assertThat(v1.inForceFrom()).contains(DAY0.plusDays(3));
        assertThat(v1.inForceUntil()).contains(DAY0.plusDays(40));
        assertThat(v1.getTransitions().get(v1.getTransitions().size() - 1).getComment()).contains("Superseded by version 2");
        assertThat(v2.getStatus()).isEqualTo(PROMULGATED);
        assertThat(v2.inForceFrom()).contains(DAY0.plusDays(40));
        assertThat(d.inForceVersion()).containsSame(v2);
        assertThat(v1.isCurrent()).isFalse();
        assertThat(v2.isCurrent()).isTrue();
    }

    @Test
    void promulgationReportsBothStepsSoTheyCanBeAudited() {
        GuidanceDocument d = withVersionIn(UNDER_REVIEW);
        d.revise(AUTHOR, day(801));
        d.attach(2, file('b'), day(801));
        d.submit(2, AUTHOR, day(801), null);
        d.approve(2, APPROVER, day(802), null, ReviewPolicy.standard());

        List<LifecycleTransition> steps = d.promulgate(2, OFFICER, day(803), DAY0.plusDays(803));

        assertThat(steps).extracting(s -> s.getVersion().getNumber() + ":" + s.getFrom().orElseThrow() + ">" + s.getTo())
                .containsExactly("2:APPROVED>PROMULGATED", "1:UNDER_REVIEW>SUPERSEDED");
    }

    @Test
    void aNewVersionCannotTakeEffectBeforeTheOneItReplaces() {
        GuidanceDocument d = withVersionIn(PROMULGATED);
        d.revise(AUTHOR, day(5));
        d.attach(2, file('b'), day(5));
        d.submit(2, AUTHOR, day(5), null);
        d.approve(2, APPROVER, day(6), null, ReviewPolicy.standard());

        assertThatThrownBy(() -> d.promulgate(2, OFFICER, day(7), DAY0.plusDays(1)))
                .isInstanceOf(GuidanceRuleException.class)
                .hasMessageContaining("before the version it replaces");
        assertThat(d.version(1).getStatus()).isEqualTo(PROMULGATED);
        assertThat(d.version(2).getStatus()).isEqualTo(APPROVED);
    }

    @Test
    void theReviewDateMustFallAfterTheEffectiveDate() {
        GuidanceDocument d = withVersionIn(APPROVED);

        assertThatThrownBy(() -> d.promulgate(1, OFFICER, day(3), DAY0.plusYears(3)))
                .isInstanceOf(GuidanceRuleException.class)
                .hasMessageContaining("must fall after its effective date");
    }

    @Test
    void promulgationNeedsAnEffectiveDate() {
        GuidanceDocument d = withVersionIn(APPROVED);

        assertThatThrownBy(() -> d.promulgate(1, OFFICER, day(3), null))
                .isInstanceOf(GuidanceRuleException.class)
                .hasMessageContaining("Give the date");
    }

    @Test
    void reviewStartsOnlyOnceTheReviewDateIsReached() {
        GuidanceDocument d = withVersionIn(PROMULGATED);
        java.time.LocalDate reviewDate = d.version(1).getReviewDate().orElseThrow();

        assertThatThrownBy(() -> d.startReview(1, OFFICER, day(100)))
                .isInstanceOf(GuidanceRuleException.class)
                .hasMessageContaining("not due for review before " + reviewDate);
        d.startReview(1, OFFICER, reviewDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

        assertThat(d.version(1).getStatus()).isEqualTo(UNDER_REVIEW);
        assertThat(d.inForceVersion()).as("guidance under review stays in force").isPresent();
    }

    @Test
    void supersededAndWithdrawnVersionsCanBeArchived() {
        GuidanceDocument superseded = withVersionIn(SUPERSEDED);
        GuidanceDocument withdrawn = withVersionIn(WITHDRAWN);

        superseded.archive(1, OFFICER, day(50), "Kept for the record");
        withdrawn.archive(1, OFFICER, day(50), null);

        assertThat(superseded.version(1).getStatus()).isEqualTo(ARCHIVED);
        assertThat(superseded.version(1).inForceUntil()).as("history stays readable").contains(DAY0.plusDays(20));
        assertThat(withdrawn.version(1).getStatus()).isEqualTo(ARCHIVED);
    }

    @Test
    void onlyOneVersionMayBeOpenAtATime() {
        GuidanceDocument d = withVersionIn(PROMULGATED);
        d.revise(AUTHOR, day(10));

        assertThatThrownBy(() -> d.revise(AUTHOR, day(11)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("version 2 of SOP 2007.04 is still draft");
        assertThatThrownBy(() -> draft().revise(AUTHOR, day(1)))
                .isInstanceOf(Conflict.class);
        assertThat(d.getVersions()).hasSize(2);
    }

    @Test
    void aRevisionStartsFromThePreviousMetadataButWithoutItsFile() {
        GuidanceDocument d = withVersionIn(PROMULGATED);

        DocumentVersion v2 = d.revise("author-2", day(10));

        assertThat(v2.getNumber()).isEqualTo(2);
        assertThat(v2.getStatus()).isEqualTo(DRAFT);
        assertThat(v2.getAuthorSubject()).isEqualTo("author-2");
        assertThat(v2.getMetadata().titleEn()).contains("Handover notes");
        assertThat(v2.getMetadata().keywords()).containsExactly("handover");
        assertThat(v2.getFile()).isEmpty();
        assertThat(d.currentVersion()).as("the library keeps showing the version in force").isSameAs(d.version(1));
    }

    @Test
    void anUnknownVersionIsAClearError() {
        assertThatThrownBy(() -> draft().submit(7, AUTHOR, day(1), null))
                .isInstanceOf(GuidanceRuleException.class)
                .hasMessage("SOP 2007.04 has no version 7.");
    }

    @Test
    void commentsHaveALimit() {
        GuidanceDocument d = withVersionIn(SUBMITTED);

        assertThatThrownBy(() -> d.returnToDraft(1, APPROVER, day(2), "x".repeat(2001)))
                .isInstanceOf(GuidanceRuleException.class)
                .hasMessageContaining("at most 2000");
    }

    private static VersionMetadata metadataWithReview(java.time.LocalDate reviewDate) {
        return GuidanceFixture.metadata("Handover notes").toBuilder().reviewDate(reviewDate).build();
    }
}
