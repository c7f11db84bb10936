package org.peaceops.intranet.toolbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.peaceops.intranet.toolbox.domain.report.PublishedReports;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;

@ApplicationScoped
public class JpaPublishedReports implements PublishedReports {

    @PersistenceContext(unitName = "toolbox")
    EntityManager em;

    @Override
    public List<ToolboxReport> after(long afterId, int max) {
        return em.createQuery("select r from ToolboxReport r where r.status = :published and r.id > :after order by r.id",
                ToolboxReport.class).setParameter("published", ReportStatus.PUBLISHED).setParameter("after", afterId)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<ToolboxReport> publishedBetween(Instant from, Instant to) {
        return em.createQuery("select r from ToolboxReport r where r.status = :published and r.publishedAt >= :from "
                + "and r.publishedAt < :to order by r.publishedAt, r.id", ToolboxReport.class)
                .setParameter("published", ReportStatus.PUBLISHED)
                .setParameter("from", LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter("to", LocalDateTime.ofInstant(to, ZoneOffset.UTC)).getResultList();
    }
}
