package org.peaceops.intranet.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseStatus;

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
}
