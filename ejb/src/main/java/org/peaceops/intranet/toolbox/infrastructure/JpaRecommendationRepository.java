package org.peaceops.intranet.toolbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
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
}
