package org.peaceops.intranet.toolbox.domain.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.MINUSCA;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.UNMISS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;

/** Each field's rule, with the message key the form shows beside that field. */
class ValuesCheckTest {

    private final DefinitionVersion aar = ToolboxFixture.aar().current();
    private final DefinitionVersion survey = ToolboxFixture.survey().current();

    private static ReportValues surveyValues() {
        return ReportValues.of(Map.of("question", new FieldValue.Text("How do missions recruit local staff?"),
                "findingsPerMission", new FieldValue.Rows(List.of(Map.of(
                        "mission", new FieldValue.Missions(List.of(UNMISS)),
                        "findings", new FieldValue.RichText("<p>Panels of three.</p>"))))));
    }

    @Test
    void completeValuesFit() {
        assertThat(aar.check(ToolboxFixture.aarValues(), Completeness.SUBMISSION)).isEmpty();
    }

    @Test
    void aDraftMayHaveGapsButASubmissionNamesEveryMissingRequiredField() {
        ReportValues partial = ReportValues.of(Map.of("event", new FieldValue.Text("Convoy")));

        assertThat(aar.check(partial, Completeness.DRAFT)).isEmpty();
        assertThat(aar.check(partial, Completeness.SUBMISSION))
                .extracting(FieldProblem::fieldKey, FieldProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("date", "toolbox.field.required"),
                        org.assertj.core.groups.Tuple.tuple("mission", "toolbox.field.required"),
                        org.assertj.core.groups.Tuple.tuple("whatHappened", "toolbox.field.required"));
    }

    @Test
    void blankTextAndAnEmptyEditorBoxCountAsNotGiven() {
        ReportValues blank = ToolboxFixture.aarValues().with("event", new FieldValue.Text("   "))
                .with("whatHappened", new FieldValue.RichText("<p><br></p>"));

        assertThat(aar.check(blank, Completeness.SUBMISSION)).extracting(FieldProblem::fieldKey)
                .containsExactly("event", "whatHappened");
    }

    @Test
    void textLongerThanItsFieldAllowsIsRefusedEvenInADraft() {
        ReportValues tooLong = ReportValues.of(Map.of("event", new FieldValue.Text("x".repeat(501)),
                "whatHappened", new FieldValue.RichText("<p>" + "y".repeat(1001) + "</p>")));

        assertThat(aar.check(tooLong, Completeness.DRAFT))
                .extracting(FieldProblem::fieldKey, FieldProblem::messageKey, FieldProblem::parameters)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("event", "toolbox.field.tooLong", List.of(500)),
                        org.assertj.core.groups.Tuple.tuple("whatHappened", "toolbox.field.tooLong", List.of(1000)));
    }

    @Test
    void theLengthOfRichTextIsWhatTheReaderSeesNotItsMarkup() {
        String marked = "<p><b>" + "y".repeat(900) + "</b></p>".repeat(1);

        assertThat(aar.check(ReportValues.of(Map.of("whatHappened", new FieldValue.RichText(marked))), Completeness.DRAFT))
                .isEmpty();
    }

    @Test
    void oneMissionWhereOneIsAllowed() {
        ReportValues two = ToolboxFixture.aarValues().with("mission", new FieldValue.Missions(List.of(UNMISS, MINUSCA)));

        assertThat(aar.check(two, Completeness.DRAFT)).extracting(FieldProblem::fieldKey, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mission", "toolbox.field.single"));
    }

    @Test
    void aValueOfTheWrongKindOrForNoFieldIsRefused() {
        ReportValues wrong = ToolboxFixture.aarValues().with("date", new FieldValue.Text("yesterday"))
                .with("weather", new FieldValue.Text("rain"));

        assertThat(aar.check(wrong, Completeness.DRAFT)).extracting(FieldProblem::fieldKey, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("weather", "toolbox.field.unknown"),
                        org.assertj.core.groups.Tuple.tuple("date", "toolbox.field.wrongKind"));
    }

    @Test
    void aPeriodEndsOnOrAfterItsStartAndIsCompleteWhenSubmitted() {
        ReportValues backwards = surveyValues().with("period",
                new FieldValue.Period(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 1, 1)));
        ReportValues open = surveyValues().with("period", new FieldValue.Period(LocalDate.of(2026, 1, 1), null));

        assertThat(survey.check(backwards, Completeness.DRAFT)).extracting(FieldProblem::messageKey)
                .containsExactly("toolbox.field.periodOrder");
        assertThat(survey.check(open, Completeness.DRAFT)).isEmpty();
        assertThat(survey.check(open, Completeness.SUBMISSION)).extracting(FieldProblem::messageKey)
                .containsExactly("toolbox.field.periodIncomplete");
    }

    @Test
    void eachRowIsCheckedAgainstTheColumnsAndNamesItsRowAndColumn() {
        ReportValues rows = ReportValues.of(Map.of("question", new FieldValue.Text("How do missions recruit local staff?"),
                "findingsPerMission", new FieldValue.Rows(List.of(
                        Map.of("mission", new FieldValue.Missions(List.of(UNMISS)),
                                "findings", new FieldValue.RichText("<p>Panels of three.</p>")),
                        Map.of("findings", new FieldValue.RichText("<p>Roster only.</p>"),
                                "colour", new FieldValue.Text("blue"))))));

        assertThat(survey.check(rows, Completeness.SUBMISSION))
                .containsExactlyInAnyOrder(
                        new FieldProblem("findingsPerMission", 2, "colour", "toolbox.field.unknown", List.of()),
                        new FieldProblem("findingsPerMission", 2, "mission", "toolbox.field.required", List.of()));
    }

    @Test
    void rowsWithNothingInThemAreNotRows() {
        FieldValue.Rows rows = new FieldValue.Rows(List.of(Map.of("findings", new FieldValue.RichText("<p> </p>"))));

        assertThat(rows.isEmpty()).isTrue();
        assertThat(survey.check(ReportValues.of(Map.of("findingsPerMission", rows)), Completeness.SUBMISSION))
                .extracting(FieldProblem::fieldKey).contains("findingsPerMission");
    }

    @Test
    void severalFilesWhereTheFieldAllowsSeveral() {
        DefinitionVersion handover = ToolboxFixture.handover().current();
        AttachedFile a = new AttachedFile("a".repeat(64), 10, "application/pdf", "a.pdf");
        AttachedFile b = new AttachedFile("b".repeat(64), 20, "application/pdf", "b.pdf");

        assertThat(handover.check(ReportValues.of(Map.of("post", new FieldValue.Text("Chief of Staff"),
                "keyFiles", new FieldValue.Attachments(List.of(a, b)))), Completeness.SUBMISSION)).isEmpty();
    }
}
