package org.peaceops.intranet.training.forward.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.training.forward.domain.AppliedLearningEvent;
import org.peaceops.intranet.training.forward.domain.LearningEvent;
import org.peaceops.intranet.training.forward.domain.LearningEventRepository;

@ApplicationScoped
public class JpaLearningEventRepository implements LearningEventRepository {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public void add(LearningEvent event) {
        em.persist(event);
    }

    @Override
    public Optional<LearningEvent> find(String id) {
        return Optional.ofNullable(em.find(LearningEvent.class, id));
    }

    @Override
    public List<String> unapplied(int limit) {
        // The kind breaks ties in order: a lesson and the completion it made share their moment.
        return em.createQuery("select e.id from LearningEvent e where not exists"
                        + " (select a from AppliedLearningEvent a where a.eventId = e.id)"
                        + " order by e.occurredAt, e.kind desc, e.id", String.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public void applied(AppliedLearningEvent applied) {
        em.persist(applied);
        em.flush();
    }

    @Override
    public Optional<AppliedLearningEvent> appliedOf(String eventId) {
        return Optional.ofNullable(em.find(AppliedLearningEvent.class, eventId));
    }
}
