package org.peaceops.intranet.toolbox.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.toolbox.application.BoardPage;
import org.peaceops.intranet.toolbox.application.BoardQuery;
import org.peaceops.intranet.toolbox.application.BoardRow;
import org.peaceops.intranet.toolbox.application.RecommendationBoard;
import org.peaceops.intranet.toolbox.application.RecommendationItem;
import org.peaceops.intranet.toolbox.application.RecommendationNotFoundException;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardCriteria;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardReader;
import org.peaceops.intranet.toolbox.domain.recommendation.Decider;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationRepository;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/**
 * A stateless EJB like the other Toolbox services. Two officers deciding at once: the first commit
 * raises the row version, so the second is refused, either by the version its page showed or, when
 * both read the same version, by the row version check at commit (a concurrent change).
 */
@Stateless
public class DefaultRecommendationBoard implements RecommendationBoard {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    ToolboxReportRepository reports;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public BoardPage list(Caller caller, BoardQuery query) {
        if (!caller.isPerson()) {
            return new BoardPage(List.of(), 0);
        }
        LocalDate today = LocalDate.now(clock);
        BoardCriteria criteria = new BoardCriteria(query.status(),
                query.mission() == null || query.mission().isBlank() ? null : new MissionCode(query.mission()),
                query.priority(), query.office(), query.overdueOnly() ? today : null);
        BoardReader reader = ReportReaders.boardReader(caller);
        Decider decider = ReportReaders.decider(caller);
        List<BoardRow> rows = recommendations.board(criteria, reader, query.sort(), query.ascending(), query.first(),
                query.pageSize()).stream()
                .map(t -> new BoardRow(RecommendationItem.of(t.recommendation(), today), t.reportTitle(),
                        t.mission().getValue(), t.recommendation().isDecidableBy(decider, t.mission(), t.reportAuthor())))
                .toList();
        return new BoardPage(rows, recommendations.count(criteria, reader));
    }

    @Override
    public void accept(Caller caller, long recommendationId, long seenVersion) {
        decide(caller, recommendationId, seenVersion, AuditAction.TOOLBOX_RECOMMENDATION_ACCEPTED, "",
                (d) -> d.recommendation.accept(d.report, d.decider, clock.instant()));
    }

    @Override
    public void reject(Caller caller, long recommendationId, long seenVersion, String reason) {
        decide(caller, recommendationId, seenVersion, AuditAction.TOOLBOX_RECOMMENDATION_REJECTED, reason,
                (d) -> d.recommendation.reject(d.report, reason, d.decider, clock.instant()));
    }

    @Override
    public void implement(Caller caller, long recommendationId, long seenVersion, String evidence) {
        decide(caller, recommendationId, seenVersion, AuditAction.TOOLBOX_RECOMMENDATION_IMPLEMENTED, evidence,
                (d) -> d.recommendation.implement(d.report, evidence, d.decider, clock.instant()));
    }

    /** What a decision acts on: the recommendation, its report, and the caller as a decider. */
    private record Decision(Recommendation recommendation, ToolboxReport report, Decider decider) {
    }

    /**
     * A recommendation of a report the caller may read (else not found, so nothing is given away), still
     * as they saw it, decided by the aggregate's rules, then audited.
     */
    private void decide(Caller caller, long id, long seenVersion, AuditAction action, String note,
            Consumer<Decision> step) {
        if (!caller.isPerson()) {
            throw new RecommendationNotFoundException(id);
        }
        Recommendation recommendation = recommendations.find(id).orElseThrow(() -> new RecommendationNotFoundException(id));
        ToolboxReport report = reports.find(recommendation.reportId())
                .filter(r -> new ReportReaders(access).mayRead(caller, r))
                .orElseThrow(() -> new RecommendationNotFoundException(id));
        recommendation.requireUnchangedSince(seenVersion);
        step.accept(new Decision(recommendation, report, ReportReaders.decider(caller)));
        recommendations.store(recommendation);
        audit.record(caller.subject(), action, "toolbox-recommendation", String.valueOf(id),
                "report " + report.getId() + " in " + report.mission() + (note == null || note.isBlank() ? ""
                        : ": " + note.strip()));
    }
}
