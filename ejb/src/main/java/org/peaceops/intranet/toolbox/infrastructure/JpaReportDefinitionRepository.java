package org.peaceops.intranet.toolbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinition;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinitionRepository;

@ApplicationScoped
public class JpaReportDefinitionRepository implements ReportDefinitionRepository {

    @PersistenceContext(unitName = "toolbox")
    EntityManager em;

    @Override
    public Optional<ReportDefinition> find(long id) {
        return Optional.ofNullable(em.find(ReportDefinition.class, id));
    }

    @Override
    public Optional<ReportDefinition> findByCode(String code) {
        return em.createQuery("select d from ReportDefinition d where d.code = :code", ReportDefinition.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public List<ReportDefinition> all() {
        return em.createQuery("select d from ReportDefinition d order by d.sortOrder, d.code", ReportDefinition.class)
                .getResultList();
    }

    @Override
    public List<ReportDefinition> active() {
        return em.createQuery("select d from ReportDefinition d where d.active = true order by d.sortOrder, d.code",
                ReportDefinition.class).getResultList();
    }

    @Override
    public ReportDefinition store(ReportDefinition definition) {
        if (definition.getId() == null) {
            em.persist(definition);
            return definition;
        }
        return em.merge(definition);
    }
}
