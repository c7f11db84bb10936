package org.peaceops.intranet.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;

@ApplicationScoped
public class JpaLearnerRepository implements LearnerRepository {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public Optional<Learner> find(String subject) {
        return Optional.ofNullable(em.find(Learner.class, subject));
    }

    @Override
    public List<Learner> findAll(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from Learner l where l.subject in :s", Learner.class)
                .setParameter("s", subjects).getResultList();
    }

    @Override
    public void add(Learner learner) {
        em.persist(learner);
    }

    @Override
    public List<Learner> inScope(String mission, String category) {
        // Built to the filters given: PostgreSQL cannot type a parameter only compared with null.
        String where = (mission == null ? "" : " and l.mission = :m") + (category == null ? "" : " and l.category = :c");
        var query = em.createQuery("select l from Learner l where 1 = 1" + where + " order by l.displayName",
                Learner.class);
        if (mission != null) {
            query.setParameter("m", mission);
        }
        if (category != null) {
            query.setParameter("c", category);
        }
        return query.getResultList();
    }

    @Override
    public List<Learner> search(String text, List<String> missions, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        String scope = missions.isEmpty() ? "" : " and l.mission in :missions";
        var query = em.createQuery("select l from Learner l where lower(l.displayName) like :t escape '\\'"
                + scope + " order by l.displayName", Learner.class).setParameter("t", like);
        if (!missions.isEmpty()) {
            query.setParameter("missions", missions);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
