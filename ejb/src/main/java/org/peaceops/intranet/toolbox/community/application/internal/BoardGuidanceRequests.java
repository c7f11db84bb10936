package org.peaceops.intranet.toolbox.community.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.community.application.GuidanceRequests;
import org.peaceops.intranet.toolbox.community.domain.Community;
import org.peaceops.intranet.toolbox.community.domain.PostStatus;
import org.peaceops.intranet.toolbox.community.domain.Question;
import org.peaceops.intranet.toolbox.community.domain.QuestionRepository;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinitionRepository;
import org.peaceops.intranet.toolbox.domain.definition.ReportHtml;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationRepository;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/**
 * Puts a question on the recommendations board the way every recommendation gets there: carried by a
 * published report (of the retired type {@value #TYPE}, written by the moderator in their mission, so
 * that mission's Best Practices Officer decides, never the moderator), with the question, its community
 * and its published answers as the report's values. The board, the decisions and the chain to guidance
 * then apply unchanged.
 */
@ApplicationScoped
public class BoardGuidanceRequests implements GuidanceRequests {

    static final String TYPE = "COMMUNITY_QUESTION";

    @Inject
    ReportDefinitionRepository definitions;

    @Inject
    ToolboxReportRepository reports;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    QuestionRepository questions;

    Clock clock = Clock.systemUTC();

    @Override
    public long raise(Caller moderator, Community community, Question question) {
        DefinitionVersion version = definitions.findByCode(TYPE).orElseThrow(
                () -> new IllegalStateException("The report type " + TYPE + " is missing from the toolbox schema"))
                .current();
        Instant at = clock.instant();
        ReportValues values = ReportValues.of(Map.of(
                "community", new FieldValue.Text(community.name()),
                "question", new FieldValue.RichText(question.body()),
                "answers", new FieldValue.RichText(publishedAnswers(question))));
        ToolboxReport report = reports.store(ToolboxReport.forwarded(version, new MissionCode(moderator.mission()),
                clip(question.title(), ToolboxReport.MAX_TITLE), values, moderator.subject(), at));
        String text = "Guidance needed (" + community.name() + "): " + question.title() + " — "
                + ReportHtml.plainText(question.body());
        Recommendation recommendation = recommendations.store(Recommendation.forwarded(report,
                clip(text, Recommendation.MAX_TEXT), POLICY_OFFICE, Priority.MEDIUM, moderator.subject(), at));
        return recommendation.getId();
    }

    private String publishedAnswers(Question question) {
        return questions.answersTo(question.getId()).stream().filter(a -> a.status() == PostStatus.PUBLISHED)
                .map(a -> "<blockquote>" + a.body() + "</blockquote>").collect(Collectors.joining());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
