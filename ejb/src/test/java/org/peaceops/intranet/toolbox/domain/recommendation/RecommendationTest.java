package org.peaceops.intranet.toolbox.domain.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.AUTHOR;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.NOW;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.OFFICER;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.UNMISS;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;

/** A recommendation from proposal to what became of it, one rule or refusal per test. */
class RecommendationTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);
    private static final String OFFICE = "Office of the Chief of Staff";
    private static final Decider DECIDER = Decider.officerOf(UNMISS, "policy-office-sub");

    private final DefinitionVersion v1 = ToolboxFixture.aar().current();
    private final ToolboxReport report = ToolboxFixture.stored(ToolboxReport.draft(v1, UNMISS, "Convoy", AUTHOR, NOW), 7L);

    private Recommendation proposed() {
        return Recommendation.propose(report, "Agree convoy departure times with the county authorities the day before.",
                OFFICE, Priority.HIGH, DUE, AUTHOR, NOW);
    }

    private Recommendation tracked() {
        Recommendation r = proposed();
        report.edit(v1, "Convoy", ToolboxFixture.aarValues(), AUTHOR, NOW);
        report.submit(v1, AUTHOR, NOW);
        report.publish(OFFICER, UNMISS, Classification.INTERNAL, NOW);
        return r;
    }

    private static String key(Runnable action) {
        try {
            action.run();
        } catch (Refusal e) {
            return e.key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theAuthorProposesItWhileWritingTheReport() {
        Recommendation r = proposed();

        assertThat(r.reportId()).isEqualTo(7L);
        assertThat(r.status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(r.office()).isEqualTo(OFFICE);
        assertThat(r.priority()).isEqualTo(Priority.HIGH);
        assertThat(r.dueDate()).contains(DUE);
        assertThat(r.guidance()).isEmpty();
    }

    @Test
    void itSaysWhatAndToWhom() {
        assertThat(key(() -> Recommendation.propose(report, " ", OFFICE, Priority.LOW, null, AUTHOR, NOW)))
                .isEqualTo("toolbox.recommendation.text");
        assertThat(key(() -> Recommendation.propose(report, "x".repeat(4001), OFFICE, Priority.LOW, null, AUTHOR, NOW)))
                .isEqualTo("toolbox.recommendation.text");
        assertThat(key(() -> Recommendation.propose(report, "Do it", "", Priority.LOW, null, AUTHOR, NOW)))
                .isEqualTo("toolbox.recommendation.office");
    }

    @Test
    void onlyTheAuthorOfAReportStillBeingWrittenProposesOrRevises() {
        assertThat(key(() -> Recommendation.propose(report, "Do it", OFFICE, Priority.LOW, null, OFFICER, NOW)))
                .isEqualTo("toolbox.report.notAuthor");
        Recommendation r = tracked();
        assertThat(key(() -> Recommendation.propose(report, "Do it", OFFICE, Priority.LOW, null, AUTHOR, NOW)))
                .isEqualTo("toolbox.report.notEditable");
        assertThat(key(() -> r.revise(report, "Do it", OFFICE, Priority.LOW, null, AUTHOR)))
                .isEqualTo("toolbox.report.notEditable");
    }

    @Test
    void nothingIsDecidedBeforeTheReportIsPublished() {
        Recommendation r = proposed();

        assertThat(key(() -> r.accept(report, DECIDER, NOW))).isEqualTo("toolbox.recommendation.notPublished");
        assertThat(key(() -> r.linkTo(report, GuidanceLink.existing(3, 1), DECIDER, NOW)))
                .isEqualTo("toolbox.recommendation.notPublished");
    }

    @Test
    void acceptedThenImplementedWithEvidence() {
        Recommendation r = tracked();

        r.accept(report, DECIDER, NOW.plusSeconds(60));
        assertThat(key(() -> r.implement(report, " ", DECIDER, NOW))).isEqualTo("toolbox.recommendation.evidenceRequired");
        r.implement(report, "Standing instruction issued on 2 February.", DECIDER, NOW.plusSeconds(120));

        assertThat(r.status()).isEqualTo(RecommendationStatus.IMPLEMENTED);
        assertThat(r.decisionNote()).contains("Standing instruction issued on 2 February.");
        assertThat(r.decidedBy()).contains(DECIDER.subject());
        assertThat(r.decidedAt()).contains(NOW.plusSeconds(120));
    }

    @Test
    void onlyAnAcceptedOneIsImplementedAndAFinalOneIsNotDecidedAgain() {
        Recommendation r = tracked();
        assertThat(key(() -> r.implement(report, "done", DECIDER, NOW))).isEqualTo("toolbox.recommendation.notNow");

        r.reject(report, "The county authorities are not reachable the day before.", DECIDER, NOW);

        assertThat(r.status()).isEqualTo(RecommendationStatus.REJECTED);
        assertThat(key(() -> r.accept(report, DECIDER, NOW))).isEqualTo("toolbox.recommendation.notNow");
        assertThat(key(() -> r.reject(report, "again", DECIDER, NOW))).isEqualTo("toolbox.recommendation.notNow");
    }

    @Test
    void rejectingNeedsAReasonAndWorksFromAccepted() {
        Recommendation r = tracked();
        r.accept(report, DECIDER, NOW);

        assertThat(key(() -> r.reject(report, "", DECIDER, NOW))).isEqualTo("toolbox.recommendation.reasonRequired");
        r.reject(report, "No budget this cycle.", DECIDER, NOW);
        assertThat(r.status()).isEqualTo(RecommendationStatus.REJECTED);
    }

    @Test
    void linkingToGuidanceAcceptsAnOpenOneAndALaterLinkReplacesIt() {
        Recommendation r = tracked();

        r.linkTo(report, GuidanceLink.draftingRequest(12, 1), DECIDER, NOW);

        assertThat(r.status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(r.guidance()).contains(GuidanceLink.draftingRequest(12, 1));
        r.linkTo(report, GuidanceLink.existing(12, 2), DECIDER, NOW);
        assertThat(r.guidance().orElseThrow().versionNumber()).isEqualTo(2);
        assertThat(r.guidance().orElseThrow().origin()).isEqualTo(GuidanceLink.Origin.EXISTING_GUIDANCE);
    }

    @Test
    void aRejectedOneLeadsToNoGuidance() {
        Recommendation r = tracked();
        r.reject(report, "Out of scope.", DECIDER, NOW);

        assertThat(key(() -> r.linkTo(report, GuidanceLink.existing(12, 1), DECIDER, NOW)))
                .isEqualTo("toolbox.recommendation.rejectedNoGuidance");
        assertThatThrownBy(() -> GuidanceLink.existing(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overdueWhenStillPendingAfterItsDueDate() {
        Recommendation r = tracked();

        assertThat(r.isOverdue(DUE)).isFalse();
        assertThat(r.isOverdue(DUE.plusDays(1))).isTrue();
        r.accept(report, DECIDER, NOW);
        assertThat(r.isOverdue(DUE.plusDays(1))).isTrue();
        r.implement(report, "Done.", DECIDER, NOW);
        assertThat(r.isOverdue(DUE.plusDays(1))).isFalse();
        Recommendation undated = Recommendation.propose(ToolboxFixture.stored(
                ToolboxReport.draft(v1, UNMISS, "Other", AUTHOR, NOW), 8L), "Do it", OFFICE, Priority.LOW, null, AUTHOR, NOW);
        assertThat(undated.isOverdue(DUE.plusYears(5))).isFalse();
    }

    @Test
    void decisionsTakeTheRecommendationsOwnReport() {
        Recommendation r = tracked();
        ToolboxReport other = ToolboxFixture.stored(ToolboxReport.draft(v1, UNMISS, "Other", AUTHOR, NOW), 99L);

        assertThatThrownBy(() -> r.accept(other, DECIDER, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOfficerOfTheReportsMissionOrAnAdministratorDecides() {
        Recommendation r = tracked();

        assertThat(key(() -> r.accept(report, Decider.officerOf(ToolboxFixture.MINUSCA, "bpo-minusca-sub"), NOW)))
                .isEqualTo("toolbox.recommendation.notDecider");
        assertThat(key(() -> r.accept(report, new Decider("reader-sub", UNMISS, false, false), NOW)))
                .isEqualTo("toolbox.recommendation.notDecider");
        assertThat(r.status()).isEqualTo(RecommendationStatus.OPEN);

        r.accept(report, Decider.administrator(new org.peaceops.intranet.shared.MissionCode("HQ"), "admin-sub"), NOW);
        assertThat(r.status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(r.decidedBy()).contains("admin-sub");
    }

    @Test
    void theReportsAuthorNeverDecidesOnTheirOwnRecommendations() {
        Recommendation r = tracked();

        assertThat(key(() -> r.reject(report, "Not needed after all.", Decider.officerOf(UNMISS, AUTHOR), NOW)))
                .isEqualTo("toolbox.recommendation.ownReport");
        assertThat(r.status()).isEqualTo(RecommendationStatus.OPEN);
    }

    @Test
    void aDecisionOnAStaleViewIsRefusedAsAConflict() {
        Recommendation r = tracked();

        r.requireUnchangedSince(r.rowVersion());
        assertThatThrownBy(() -> r.requireUnchangedSince(r.rowVersion() - 1))
                .isInstanceOf(org.peaceops.intranet.shared.refusal.Conflict.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("toolbox.recommendation.changed");
    }

    @Test
    void daysOverdueCountFromTheDueDateWhileAnActionIsOwed() {
        Recommendation r = tracked();

        assertThat(r.daysOverdue(DUE)).isZero();
        assertThat(r.daysOverdue(DUE.plusDays(10))).isEqualTo(10);
        r.reject(report, "Out of scope.", DECIDER, NOW);
        assertThat(r.daysOverdue(DUE.plusDays(10))).isZero();
    }

    @Test
    void theAuthorWithdrawsOneOnlyWhileTheReportIsBeingWritten() {
        Recommendation r = proposed();

        r.withdraw(report, AUTHOR);
        assertThat(key(() -> r.withdraw(report, OFFICER))).isEqualTo("toolbox.report.notAuthor");
        tracked();
        assertThat(key(() -> r.withdraw(report, AUTHOR))).isEqualTo("toolbox.report.notEditable");
    }
}
