package org.peaceops.intranet.toolbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

@ApplicationScoped
public class JpaToolboxReportRepository implements ToolboxReportRepository {

    @PersistenceContext(unitName = "toolbox")
    EntityManager em;

    @Override
    public Optional<ToolboxReport> find(long id) {
        return Optional.ofNullable(em.find(ToolboxReport.class, id));
    }

    @Override
    public List<ToolboxReport> byAuthor(String authorSubject) {
        return em.createQuery("select r from ToolboxReport r where r.author = :author order by r.updatedAt desc, r.id desc",
                ToolboxReport.class).setParameter("author", authorSubject).getResultList();
    }

    @Override
    public List<ToolboxReport> awaitingReview(String missionCode) {
        // Submission is the report's last change until review, so updatedAt orders by submission.
        return em.createQuery("select r from ToolboxReport r where r.mission = :mission and r.status = :status "
                + "order by r.updatedAt, r.id", ToolboxReport.class)
                .setParameter("mission", new MissionCode(missionCode)).setParameter("status", ReportStatus.SUBMITTED).getResultList();
    }

    @Override
    public Set<String> referencedBlobHashes() {
        return new HashSet<>(em.createQuery("select distinct v.reference from ToolboxReport r join r.values v "
                + "where v.kind = :attachment", String.class).setParameter("attachment", FieldKind.ATTACHMENT).getResultList());
    }

    @Override
    public ToolboxReport store(ToolboxReport report) {
        if (report.getId() == null) {
            em.persist(report);
            // Recommendations refer to their report by id only (no JPA relation to order the inserts by),
            // and their foreign key wants the report's row first: write it now.
            em.flush();
            return report;
        }
        return em.merge(report);
    }
}
