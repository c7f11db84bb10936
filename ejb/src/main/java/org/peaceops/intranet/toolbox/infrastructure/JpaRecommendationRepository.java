package org.peaceops.intranet.toolbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.domain.definition.ReportAudience;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardCriteria;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardReader;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardSort;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.TrackedRecommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationRepository;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;

@ApplicationScoped
public class JpaRecommendationRepository implements RecommendationRepository {

    @PersistenceContext(unitName = "toolbox")
    EntityManager em;

    @Override
    public Optional<Recommendation> find(long id) {
        return Optional.ofNullable(em.find(Recommendation.class, id));
    }

    @Override
    public List<Recommendation> ofReport(long reportId) {
        return em.createQuery("select r from Recommendation r where r.reportId = :report order by r.id", Recommendation.class)
                .setParameter("report", reportId).getResultList();
    }

    @Override
    public List<Recommendation> overdue(LocalDate today) {
        // Only published reports' recommendations are tracked: a draft's are still the author's proposal.
        return em.createQuery("select r from Recommendation r where r.status in :pending and r.dueDate < :today "
                + "and exists (select p from " + ToolboxReport.class.getSimpleName()
                + " p where p.id = r.reportId and p.status = :published) order by r.dueDate, r.id", Recommendation.class)
                .setParameter("pending", List.of(RecommendationStatus.OPEN, RecommendationStatus.ACCEPTED))
                .setParameter("today", today).setParameter("published", ReportStatus.PUBLISHED).getResultList();
    }

    @Override
    public List<Recommendation> behindGuidance(long guidanceDocumentId) {
        return em.createQuery("select r from Recommendation r where r.guidance.documentId = :document order by r.id",
                Recommendation.class).setParameter("document", guidanceDocumentId).getResultList();
    }

    @Override
    public Recommendation store(Recommendation recommendation) {
        if (recommendation.getId() == null) {
            em.persist(recommendation);
            return recommendation;
        }
        return em.merge(recommendation);
    }

    @Override
    public void remove(Recommendation recommendation) {
        em.remove(em.contains(recommendation) ? recommendation : em.merge(recommendation));
    }

    @Override
    public List<TrackedRecommendation> board(BoardCriteria criteria, BoardReader reader, BoardSort sort,
            boolean ascending, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(criteria, reader, parameters);
        String direction = ascending ? " asc" : " desc";
        String order = switch (sort) {
            // the enum is stored by name: the CASE puts HIGH before MEDIUM before LOW
            case PRIORITY -> "case when r.priority = :high then 0 when r.priority = :medium then 1 else 2 end" + direction;
            case STATUS -> "r.status" + direction;
            case MISSION -> "p.mission" + direction;
            case OFFICE -> "r.office" + direction;
            case CREATED -> "r.createdAt" + direction;
            case DUE_DATE -> "r.dueDate" + direction;
        };
        if (sort == BoardSort.PRIORITY) {
            parameters.put("high", Priority.HIGH);
            parameters.put("medium", Priority.MEDIUM);
        }
        TypedQuery<Object[]> query = em.createQuery("select r, p.title, p.mission, p.author from Recommendation r, "
                + "ToolboxReport p" + where + " order by " + order + ", r.id" + direction, Object[].class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(row -> new TrackedRecommendation((Recommendation) row[0], (String) row[1], (MissionCode) row[2],
                        (String) row[3]))
                .toList();
    }

    @Override
    public long count(BoardCriteria criteria, BoardReader reader) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(r) from Recommendation r, ToolboxReport p"
                + where(criteria, reader, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * The board's conditions: a published report the reader may read (the access policy's rule for a
     * published report, in the query so that counts and pages are trimmed before they are cut), then
     * the filters given.
     */
    private static String where(BoardCriteria criteria, BoardReader reader, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where p.id = r.reportId and p.status = :published");
        parameters.put("published", ReportStatus.PUBLISHED);
        where.append(" and ((p.audience = :byClassification");
        if (!reader.headquarters()) {
            where.append(" and (p.classification <> :confidential or p.mission = :readerMission or p.author = :subject)");
            parameters.put("confidential", Classification.CONFIDENTIAL);
        }
        where.append(") or (p.audience = :handover and (p.mission = :readerMission or p.successor = :subject)))");
        parameters.put("byClassification", ReportAudience.BY_CLASSIFICATION);
        parameters.put("handover", ReportAudience.SUCCESSOR_AND_MISSION);
        parameters.put("readerMission", reader.mission());
        parameters.put("subject", reader.subject());
        if (criteria.status() != null) {
            where.append(" and r.status = :status");
            parameters.put("status", criteria.status());
        }
        if (criteria.mission() != null) {
            where.append(" and p.mission = :mission");
            parameters.put("mission", criteria.mission());
        }
        if (criteria.priority() != null) {
            where.append(" and r.priority = :priority");
            parameters.put("priority", criteria.priority());
        }
        if (criteria.office() != null && !criteria.office().isBlank()) {
            where.append(" and lower(r.office) like :office");
            parameters.put("office", "%" + criteria.office().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (criteria.overdueOn() != null) {
            where.append(" and r.status in :pending and r.dueDate < :today");
            parameters.put("pending", List.of(RecommendationStatus.OPEN, RecommendationStatus.ACCEPTED));
            parameters.put("today", criteria.overdueOn());
        }
        return where.toString();
    }
}
