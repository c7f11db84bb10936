package org.peaceops.intranet.training.scorm.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.training.scorm.domain.ScormAttempt;
import org.peaceops.intranet.training.scorm.domain.ScormLessonVersion;
import org.peaceops.intranet.training.scorm.domain.ScormPackage;
import org.peaceops.intranet.training.scorm.domain.ScormRepository;

@ApplicationScoped
public class JpaScormRepository implements ScormRepository {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public Optional<ScormPackage> packageBySha256(String sha256) {
        return em.createQuery("select p from ScormPackage p where p.sha256 = :s", ScormPackage.class)
                .setParameter("s", sha256).getResultStream().findFirst();
    }

    @Override
    public Optional<ScormPackage> findPackage(long id) {
        return Optional.ofNullable(em.find(ScormPackage.class, id));
    }

    @Override
    public void add(ScormPackage scormPackage) {
        em.persist(scormPackage);
    }

    @Override
    public List<ScormLessonVersion> versionsOf(long lessonId) {
        return em.createQuery("select v from ScormLessonVersion v where v.lessonId = :l order by v.versionNumber",
                ScormLessonVersion.class).setParameter("l", lessonId).getResultList();
    }

    @Override
    public Set<Long> scormLessons(Collection<Long> lessonIds) {
        if (lessonIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct v.lessonId from ScormLessonVersion v"
                + " where v.lessonId in :ids", Long.class).setParameter("ids", lessonIds).getResultList());
    }

    @Override
    public Optional<ScormLessonVersion> findVersion(long id) {
        return Optional.ofNullable(em.find(ScormLessonVersion.class, id));
    }

    @Override
    public void add(ScormLessonVersion version) {
        em.persist(version);
    }

    @Override
    public List<ScormAttempt> attemptsOf(String learnerSubject, long lessonId) {
        return em.createQuery("select a from ScormAttempt a where a.learnerSubject = :s"
                + " and a.lessonVersion.lessonId = :l order by a.id", ScormAttempt.class)
                .setParameter("s", learnerSubject).setParameter("l", lessonId).getResultList();
    }

    @Override
    public List<ScormAttempt> attemptsOn(Collection<Long> lessonIds) {
        if (lessonIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from ScormAttempt a where a.lessonVersion.lessonId in :ids order by a.id",
                ScormAttempt.class).setParameter("ids", lessonIds).getResultList();
    }

    @Override
    public void add(ScormAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public Optional<ScormAttempt> attemptsOfLearner(String learnerSubject, long attemptId) {
        return Optional.ofNullable(em.find(ScormAttempt.class, attemptId))
                .filter(a -> a.getLearnerSubject().equals(learnerSubject));
    }

    @Override
    public Optional<Long> courseOfLesson(long lessonId) {
        return em.createQuery("select l.module.version.course.id from Lesson l where l.id = :id", Long.class)
                .setParameter("id", lessonId).getResultStream().findFirst();
    }

    @Override
    public Set<String> blobHashes() {
        Set<String> hashes = new HashSet<>(em.createQuery("select f.blobSha256 from ScormPackage p join p.files f",
                String.class).getResultList());
        hashes.addAll(em.createQuery("select p.sha256 from ScormPackage p", String.class).getResultList());
        return hashes;
    }
}
