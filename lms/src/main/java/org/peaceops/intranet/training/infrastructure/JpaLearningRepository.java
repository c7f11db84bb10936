package org.peaceops.intranet.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.training.domain.LearningRepository;
import org.peaceops.intranet.training.domain.LessonProgress;
import org.peaceops.intranet.training.domain.QuizAttempt;

@ApplicationScoped
public class JpaLearningRepository implements LearningRepository {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public Set<Long> lessonsDone(String subject, Collection<Long> lessonIds) {
        if (lessonIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select p.lessonId from LessonProgress p where p.learnerSubject = :s"
                        + " and p.lessonId in :ids", Long.class)
                .setParameter("s", subject).setParameter("ids", lessonIds).getResultList());
    }

    @Override
    public void add(LessonProgress progress) {
        em.persist(progress);
    }

    @Override
    public List<QuizAttempt> attempts(String subject, long courseVersionId) {
        return em.createQuery("select a from QuizAttempt a where a.learnerSubject = :s and a.courseVersionId = :v"
                        + " order by a.attemptNumber", QuizAttempt.class)
                .setParameter("s", subject).setParameter("v", courseVersionId).getResultList();
    }

    @Override
    public List<QuizAttempt> submittedAttempts(long courseVersionId) {
        return em.createQuery("select a from QuizAttempt a where a.courseVersionId = :v and a.submittedAt is not null",
                QuizAttempt.class).setParameter("v", courseVersionId).getResultList();
    }

    @Override
    public void add(QuizAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public Optional<QuizAttempt> findAttempt(long id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id));
    }
}
