package org.peaceops.intranet.training.infrastructure;

import org.peaceops.intranet.training.compliance.infrastructure.Standings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.AssignmentRule;
import org.peaceops.intranet.training.domain.AssignmentStatus;

@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public void add(Assignment assignment) {
        em.persist(assignment);
        Standings.refresh(em, assignment.getLearnerSubject());
    }

    @Override
    public void addRule(AssignmentRule rule) {
        em.persist(rule);
    }

    @Override
    public Optional<Assignment> find(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    @Override
    public List<Assignment> ofLearner(String subject) {
        return em.createQuery("select a from Assignment a where a.learnerSubject = :s order by a.assignedAt desc",
                Assignment.class).setParameter("s", subject).getResultList();
    }

    @Override
    public List<Assignment> ofCourse(long courseId) {
        return em.createQuery("select a from Assignment a where a.course.id = :c order by a.assignedAt",
                Assignment.class).setParameter("c", courseId).getResultList();
    }

    @Override
    public boolean owes(String subject, long courseId) {
        return em.createQuery("select count(a) from Assignment a where a.learnerSubject = :s and a.course.id = :c"
                        + " and a.status = :active", Long.class)
                .setParameter("s", subject).setParameter("c", courseId)
                .setParameter("active", AssignmentStatus.ACTIVE).getSingleResult() > 0;
    }

    @Override
    public boolean assignedByRule(String subject, long ruleId) {
        return em.createQuery("select count(a) from Assignment a where a.learnerSubject = :s and a.rule.id = :r",
                Long.class).setParameter("s", subject).setParameter("r", ruleId).getSingleResult() > 0;
    }

    @Override
    public List<AssignmentRule> activeRules() {
        return em.createQuery("select r from AssignmentRule r where r.active = true", AssignmentRule.class)
                .getResultList();
    }

    @Override
    public List<AssignmentRule> rulesOf(long courseId) {
        return em.createQuery("select r from AssignmentRule r where r.course.id = :c order by r.createdAt",
                AssignmentRule.class).setParameter("c", courseId).getResultList();
    }
}
