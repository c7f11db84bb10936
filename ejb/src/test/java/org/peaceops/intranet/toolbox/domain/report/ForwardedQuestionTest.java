package org.peaceops.intranet.toolbox.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.NOW;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.UNMISS;
import static org.peaceops.intranet.toolbox.domain.ToolboxFixture.stored;
import static org.peaceops.intranet.toolbox.domain.definition.FieldDefinition.field;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportAudience;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinition;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;
import org.peaceops.intranet.toolbox.domain.recommendation.Decider;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;

/**
 * A community question forwarded to the board: published and internal at once, of a retired type only,
 * complete, and its recommendation decided by the mission's officer, never by the moderator who wrote it.
 */
class ForwardedQuestionTest {

    private static DefinitionVersion communityQuestion(boolean retired) {
        ReportDefinition type = stored(ReportDefinition.define("COMMUNITY_QUESTION", BilingualText.of("Community question",
                "Question d'une communauté"), ReportAudience.BY_CLASSIFICATION, 90, List.of(
                        field("community", FieldKind.TEXT, true, false, "Community", "Communauté", 120),
                        field("question", FieldKind.LONG_TEXT, true, false, "Question", "Question", 10000)),
                "system", NOW), 50L);
        if (retired) {
            type.retire();
        }
        return type.current();
    }

    private static final ReportValues VALUES = ReportValues.of(Map.of("community", new FieldValue.Text("DDR"),
            "question", new FieldValue.RichText("<p>Which register?</p>")));

    @Test
    void itIsPublishedInternalAndItsRecommendationIsTrackedOpenForTheMissionsOfficer() {
        ToolboxReport report = stored(ToolboxReport.forwarded(communityQuestion(true), UNMISS, "Which register?", VALUES,
                "moderator", NOW), 3L);
        assertThat(report.isPublished()).isTrue();
        assertThat(report.classification()).contains(Classification.INTERNAL);
        Recommendation r = Recommendation.forwarded(report, "Guidance needed", "Policy office", Priority.MEDIUM,
                "moderator", NOW);
        assertThat(r.status()).isEqualTo(RecommendationStatus.OPEN);
        assertThatThrownBy(() -> r.accept(report, Decider.officerOf(UNMISS, "moderator"), NOW))
                .isInstanceOf(RuleBroken.class);
        r.accept(report, Decider.officerOf(UNMISS, ToolboxFixture.OFFICER), NOW);
        assertThat(r.status()).isEqualTo(RecommendationStatus.ACCEPTED);
    }

    @Test
    void onlyARetiredTypeIsForwardedAndOnlyComplete() {
        assertThatThrownBy(() -> ToolboxReport.forwarded(communityQuestion(false), UNMISS, "Q", VALUES, "moderator", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ToolboxReport.forwarded(communityQuestion(true), UNMISS, "Q",
                ReportValues.of(Map.of("community", new FieldValue.Text("DDR"))), "moderator", NOW))
                .isInstanceOf(InvalidReportException.class);
    }
}
