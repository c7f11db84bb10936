package org.peaceops.intranet.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.peaceops.intranet.documents.domain.guidance.ThematicArea;
import org.peaceops.intranet.documents.domain.guidance.ThematicAreaRepository;

@ApplicationScoped
public class JpaThematicAreaRepository implements ThematicAreaRepository {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public List<ThematicArea> findActive() {
        return em.createQuery("select t from ThematicArea t where t.active = :active order by t.sortOrder, t.code",
                ThematicArea.class).setParameter("active", Boolean.TRUE).getResultList();
    }

    @Override
    public List<ThematicArea> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from ThematicArea t where t.code in :codes order by t.sortOrder", ThematicArea.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    @Override
    public List<ThematicArea> findAll() {
        return em.createQuery("select t from ThematicArea t order by t.sortOrder, t.code", ThematicArea.class)
                .getResultList();
    }

    @Override
    public void add(ThematicArea theme) {
        em.persist(theme);
    }
}
