package org.peaceops.intranet.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseOrder;
import org.peaceops.intranet.training.domain.CourseStatus;
import org.peaceops.intranet.training.domain.CourseVersion;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public long countByStatus(CourseStatus status) {
        return em.createQuery("select count(c) from Course c where c.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    @Override
    public Optional<Course> find(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    @Override
    public boolean codeTaken(String code) {
        return em.createQuery("select count(c) from Course c where upper(c.code) = upper(:code)", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    @Override
    public void add(Course course) {
        em.persist(course);
    }

    @Override
    public void assignIds() {
        em.flush();
    }

    @Override
    public List<Course> ofScopes(List<String> scopes) {
        if (scopes.isEmpty()) {
            return em.createQuery("select c from Course c order by c.code", Course.class).getResultList();
        }
        return em.createQuery("select c from Course c where c.missionScope in :scopes order by c.code", Course.class)
                .setParameter("scopes", scopes).getResultList();
    }

    @Override
    public List<Course> published() {
        return em.createQuery("select c from Course c where c.status = :s order by c.code", Course.class)
                .setParameter("s", CourseStatus.PUBLISHED).getResultList();
    }

    @Override
    public List<Course> citingOlderThan(long documentId, int versionNumber) {
        // The citation table is small per version; the domain decides which version is current.
        return em.createQuery("select distinct v.course from CourseVersion v join v.citations c"
                        + " where v.published = true and c.documentId = :doc and c.versionNumber < :version",
                        Course.class)
                .setParameter("doc", documentId).setParameter("version", versionNumber).getResultList()
                .stream()
                .filter(course -> course.currentVersion().map(v -> v.getCitations().stream()
                        .anyMatch(c -> c.citesOlderThan(documentId, versionNumber))).orElse(false))
                .toList();
    }

    @Override
    public Optional<CourseVersion> findVersion(long versionId) {
        return Optional.ofNullable(em.find(CourseVersion.class, versionId));
    }

    @Override
    public List<Course> outOfDate(List<String> scopes, CourseOrder order, boolean ascending, int first, int max) {
        String direction = ascending ? " asc" : " desc";
        String by = switch (order) {
            case CODE -> "c.code" + direction;
            case TITLE -> "c.titleEn" + direction + ", c.code";
            case SCOPE -> "c.missionScope" + direction + ", c.code";
        };
        var query = em.createQuery("select c from Course c where c.outOfDate = true"
                + (scopes.isEmpty() ? "" : " and c.missionScope in :scopes") + " order by " + by, Course.class);
        if (!scopes.isEmpty()) {
            query.setParameter("scopes", scopes);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countOutOfDate(List<String> scopes) {
        var query = em.createQuery("select count(c) from Course c where c.outOfDate = true"
                + (scopes.isEmpty() ? "" : " and c.missionScope in :scopes"), Long.class);
        if (!scopes.isEmpty()) {
            query.setParameter("scopes", scopes);
        }
        return query.getSingleResult();
    }
}
