package org.peaceops.intranet.toolbox.application.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardCriteria;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardReader;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardSort;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationRepository;
import org.peaceops.intranet.toolbox.domain.recommendation.TrackedRecommendation;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/**
 * The stores of a service test about one stored report and one stored recommendation of it: found by
 * their ids, on the board, behind the guidance they link to; and an audit trail that writes each line
 * as "actor action target detail" into a list.
 */
final class OneRecommendation {

    private OneRecommendation() {
    }

    static ToolboxReportRepository reports(ToolboxReport report) {
        return new ToolboxReportRepository() {
            @Override
            public Optional<ToolboxReport> find(long id) {
                return id == report.getId() ? Optional.of(report) : Optional.empty();
            }

            @Override
            public List<ToolboxReport> byAuthor(String authorSubject) {
                return List.of();
            }

            @Override
            public List<ToolboxReport> awaitingReview(String missionCode) {
                return List.of();
            }

            @Override
            public Set<String> referencedBlobHashes() {
                return Set.of();
            }

            @Override
            public ToolboxReport store(ToolboxReport r) {
                return r;
            }
        };
    }

    static RecommendationRepository recommendations(Recommendation recommendation, ToolboxReport report) {
        return new RecommendationRepository() {
            @Override
            public Optional<Recommendation> find(long id) {
                return id == recommendation.getId() ? Optional.of(recommendation) : Optional.empty();
            }

            @Override
            public List<Recommendation> ofReport(long reportId) {
                return List.of(recommendation);
            }

            @Override
            public List<Recommendation> overdue(LocalDate today) {
                return List.of();
            }

            @Override
            public List<Recommendation> behindGuidance(long guidanceDocumentId) {
                return recommendation.guidance().filter(g -> g.documentId() == guidanceDocumentId)
                        .map(g -> List.of(recommendation)).orElse(List.of());
            }

            @Override
            public List<TrackedRecommendation> board(BoardCriteria criteria, BoardReader reader, BoardSort sort,
                    boolean ascending, int first, int max) {
                return List.of(new TrackedRecommendation(recommendation, report.title(), report.mission(), report.author()));
            }

            @Override
            public long count(BoardCriteria criteria, BoardReader reader) {
                return 1;
            }

            @Override
            public Recommendation store(Recommendation r) {
                return r;
            }

            @Override
            public void remove(Recommendation r) {
            }
        };
    }

    static AuditTrail recordedIn(List<String> audited) {
        return new AuditTrail() {
            @Override
            public void record(AuditRecord line) {
                audited.add(line.action().name());
            }

            @Override
            public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
                audited.add(actor + " " + action + " " + targetId + " " + detail);
            }
        };
    }
}
