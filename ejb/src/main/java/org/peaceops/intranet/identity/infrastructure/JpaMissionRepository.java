package org.peaceops.intranet.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.identity.domain.Mission;
import org.peaceops.intranet.identity.domain.MissionRepository;

@ApplicationScoped
public class JpaMissionRepository implements MissionRepository {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public List<Mission> all() {
        return em.createQuery("select m from Mission m order by m.status, m.code", Mission.class).getResultList();
    }

    @Override
    public Optional<Mission> find(String code) {
        return Optional.ofNullable(em.find(Mission.class, code));
    }

    @Override
    public void add(Mission mission) {
        em.persist(mission);
    }
}
