package org.peaceops.intranet.toolbox.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.AUTHOR;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.MINUSCA;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.NOW;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.OFFICER;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.UNMISS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinition;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/** The review workflow of a report, one rule or refusal per test. */
class ToolboxReportWorkflowTest {

    private final ReportDefinition aar = ToolboxFixture.aar();
    private final DefinitionVersion v1 = aar.current();

    private ToolboxReport draft() {
        return ToolboxReport.draft(v1, UNMISS, "Convoy to Bor", AUTHOR, NOW);
    }

    private ToolboxReport submitted() {
        ToolboxReport report = draft();
        report.edit(v1, "Convoy to Bor", ToolboxFixture.aarValues(), AUTHOR, NOW.plusSeconds(10));
        report.submit(v1, AUTHOR, NOW.plusSeconds(20));
        return report;
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
    void aDraftKeepsTheTypeVersionMissionAndAuthor() {
        ToolboxReport report = draft();

        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.definitionVersion()).isEqualTo(1);
        assertThat(report.definitionId()).isEqualTo(1L);
        assertThat(report.typeCode()).isEqualTo("AFTER_ACTION_REVIEW");
        assertThat(report.mission()).isEqualTo(UNMISS);
        assertThat(report.author()).isEqualTo(AUTHOR);
        assertThat(report.values().keys()).isEmpty();
        assertThat(report.steps()).singleElement().satisfies(step -> {
            assertThat(step.from()).isEmpty();
            assertThat(step.to()).isEqualTo(ReportStatus.DRAFT);
        });
    }

    @Test
    void aDraftNeedsATitleAnActiveTypeAndItsCurrentVersion() {
        assertThat(key(() -> ToolboxReport.draft(v1, UNMISS, " ", AUTHOR, NOW))).isEqualTo("toolbox.report.title");
        List<FieldDefinition> more = new ArrayList<>(ToolboxFixture.aarFields());
        more.add(FieldDefinition.field("theme", FieldKind.TEXT, false, false, "Theme", "Thème", null));
        aar.revise(more, "admin", NOW);
        assertThat(key(() -> ToolboxReport.draft(v1, UNMISS, "t", AUTHOR, NOW))).isEqualTo("toolbox.report.oldVersion");
        aar.retire();
        assertThat(key(() -> ToolboxReport.draft(aar.current(), UNMISS, "t", AUTHOR, NOW)))
                .isEqualTo("toolbox.report.typeRetired");
    }

    @Test
    void editingStoresTheValuesAsTyped() {
        ToolboxReport report = draft();

        report.edit(v1, "Convoy to Bor, November", ToolboxFixture.aarValues(), AUTHOR, NOW.plusSeconds(5));

        assertThat(report.values()).isEqualTo(ToolboxFixture.aarValues());
        assertThat(report.title()).isEqualTo("Convoy to Bor, November");
        assertThat(report.updatedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void valuesThatDoNotFitAreRefusedWithEveryProblemAndNothingIsChanged() {
        ToolboxReport report = draft();
        report.edit(v1, "Convoy", ToolboxFixture.aarValues(), AUTHOR, NOW);
        ReportValues bad = ToolboxFixture.aarValues().with("event", new FieldValue.Text("x".repeat(600)))
                .with("mission", new FieldValue.Missions(List.of(UNMISS, MINUSCA)));

        assertThatThrownBy(() -> report.edit(v1, "Convoy", bad, AUTHOR, NOW))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::fieldKey).containsExactly("event", "mission"));
        assertThat(report.values()).isEqualTo(ToolboxFixture.aarValues());
    }

    @Test
    void onlyTheAuthorEditsOrSubmits() {
        ToolboxReport report = draft();

        assertThat(key(() -> report.edit(v1, "t", ReportValues.none(), "someone-else", NOW)))
                .isEqualTo("toolbox.report.notAuthor");
        assertThat(key(() -> report.submit(v1, "someone-else", NOW))).isEqualTo("toolbox.report.notAuthor");
    }

    @Test
    void submittingNeedsEveryRequiredField() {
        ToolboxReport report = draft();
        report.edit(v1, "t", ReportValues.of(Map.of("event", new FieldValue.Text("Convoy"))), AUTHOR, NOW);

        assertThatThrownBy(() -> report.submit(v1, AUTHOR, NOW))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::fieldKey).containsExactly("date", "mission", "whatHappened"));
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void aReportIsCheckedOnlyAgainstTheVersionItWasWrittenWith() {
        ToolboxReport report = draft();
        List<FieldDefinition> more = new ArrayList<>(ToolboxFixture.aarFields());
        more.add(FieldDefinition.field("theme", FieldKind.TEXT, true, false, "Theme", "Thème", null));
        DefinitionVersion v2 = aar.revise(more, "admin", NOW);

        assertThatThrownBy(() -> report.edit(v2, "t", ReportValues.none(), AUTHOR, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        report.edit(v1, "t", ToolboxFixture.aarValues(), AUTHOR, NOW);
        report.submit(v1, AUTHOR, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void theMissionsOfficerPublishesWithAClassification() {
        ToolboxReport report = submitted();

        report.publish(OFFICER, UNMISS, Classification.INTERNAL, NOW.plusSeconds(60));

        assertThat(report.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(report.classification()).contains(Classification.INTERNAL);
        assertThat(report.publishedAt()).contains(NOW.plusSeconds(60));
        assertThat(report.readership()).isEqualTo(new ReportReadership.ByClassification(Classification.INTERNAL, UNMISS));
        assertThat(report.steps()).extracting(ReportStep::to)
                .containsExactly(ReportStatus.DRAFT, ReportStatus.SUBMITTED, ReportStatus.PUBLISHED);
        assertThat(report.steps().get(2).actor()).isEqualTo(OFFICER);
    }

    @Test
    void theAuthorNeverReviewsTheirOwnReport() {
        ToolboxReport report = submitted();

        assertThat(key(() -> report.publish(AUTHOR, UNMISS, Classification.PUBLIC, NOW))).isEqualTo("toolbox.report.fourEyes");
        assertThat(key(() -> report.returnToAuthor(AUTHOR, UNMISS, "fix", NOW))).isEqualTo("toolbox.report.fourEyes");
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void anotherMissionsOfficerCannotReview() {
        ToolboxReport report = submitted();

        assertThat(key(() -> report.publish("bpo-minusca", MINUSCA, Classification.PUBLIC, NOW)))
                .isEqualTo("toolbox.report.otherMission");
    }

    @Test
    void onlyASubmittedReportIsReviewedAndOnlyADraftOrReturnedOneChanged() {
        ToolboxReport report = draft();
        assertThat(key(() -> report.publish(OFFICER, UNMISS, Classification.PUBLIC, NOW))).isEqualTo("toolbox.report.notSubmitted");

        ToolboxReport sent = submitted();
        assertThat(key(() -> sent.edit(v1, "t", ToolboxFixture.aarValues(), AUTHOR, NOW))).isEqualTo("toolbox.report.notEditable");
        assertThat(key(() -> sent.submit(v1, AUTHOR, NOW))).isEqualTo("toolbox.report.notEditable");

        sent.publish(OFFICER, UNMISS, Classification.PUBLIC, NOW);
        assertThat(key(() -> sent.returnToAuthor(OFFICER, UNMISS, "late", NOW))).isEqualTo("toolbox.report.notSubmitted");
        assertThat(key(() -> sent.edit(v1, "t", ToolboxFixture.aarValues(), AUTHOR, NOW))).isEqualTo("toolbox.report.notEditable");
    }

    @Test
    void returningNeedsAReasonAndLetsTheAuthorChangeAndResubmit() {
        ToolboxReport report = submitted();
        assertThat(key(() -> report.returnToAuthor(OFFICER, UNMISS, "  ", NOW))).isEqualTo("toolbox.report.reasonRequired");
        assertThat(key(() -> report.returnToAuthor(OFFICER, UNMISS, "x".repeat(2001), NOW)))
                .isEqualTo("toolbox.report.reasonRequired");

        report.returnToAuthor(OFFICER, UNMISS, "Say who decided the departure time.", NOW.plusSeconds(30));

        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.returnReason()).contains("Say who decided the departure time.");
        report.edit(v1, "Convoy to Bor", ToolboxFixture.aarValues(), AUTHOR, NOW.plusSeconds(40));
        report.submit(v1, AUTHOR, NOW.plusSeconds(50));
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.returnReason()).isEmpty();
        assertThat(report.steps()).extracting(ReportStep::to).containsExactly(ReportStatus.DRAFT, ReportStatus.SUBMITTED,
                ReportStatus.RETURNED, ReportStatus.SUBMITTED);
    }
}
