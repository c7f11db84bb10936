package org.peaceops.intranet.training.refresher.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peaceops.intranet.training.refresher.domain.OwedFilter;
import org.peaceops.intranet.training.refresher.domain.OwedOrder;
import org.peaceops.intranet.training.refresher.domain.OwedRefresher;
import org.peaceops.intranet.training.refresher.domain.OwedRefresherRepository;
import org.peaceops.intranet.training.refresher.domain.RefresherState;

@ApplicationScoped
public class JpaOwedRefresherRepository implements OwedRefresherRepository {

    /** Course ids per IN list when looking up open refreshers. */
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public void add(OwedRefresher owed) {
        em.persist(owed);
    }

    @Override
    public Set<String> openKeys(Collection<Long> courseIds) {
        Set<String> keys = new HashSet<>();
        List<Long> ids = new ArrayList<>(courseIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery("select o.learnerSubject, o.courseId from OwedRefresher o where o.courseId in :courses"
                            + " and o.state <> :completed", Object[].class)
                    .setParameter("courses", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .setParameter("completed", RefresherState.COMPLETED)
                    .getResultStream().forEach(row -> keys.add(row[0] + "/" + row[1]));
        }
        return keys;
    }

    @Override
    public List<OwedRefresher> ofCourse(long courseId, RefresherState state, List<String> missions) {
        TypedQuery<OwedRefresher> query = em.createQuery("select o from OwedRefresher o where o.courseId = :course"
                + " and o.state = :state" + (missions.isEmpty() ? "" : " and o.mission in :missions")
                + " order by o.id", OwedRefresher.class)
                .setParameter("course", courseId).setParameter("state", state);
        if (!missions.isEmpty()) {
            query.setParameter("missions", missions);
        }
        return query.getResultList();
    }

    @Override
    public List<OwedRefresher> openOf(String subject, long courseId) {
        return em.createQuery("select o from OwedRefresher o where o.learnerSubject = :s and o.courseId = :c"
                        + " and o.state <> :completed", OwedRefresher.class)
                .setParameter("s", subject).setParameter("c", courseId)
                .setParameter("completed", RefresherState.COMPLETED).getResultList();
    }

    @Override
    public List<OwedRefresher> page(OwedFilter filter, OwedOrder order, boolean ascending, int first, int max) {
        String direction = ascending ? " asc" : " desc";
        String by = switch (order) {
            case NAME -> "o.learnerName" + direction;
            case MISSION -> "o.mission" + direction + ", o.learnerName";
            case CATEGORY -> "o.category" + direction + ", o.learnerName";
            case COURSE -> "o.courseCode" + direction + ", o.learnerName";
            case SINCE -> "o.owedSince" + direction;
            // refreshers not assigned yet have no due date: last going up, first going down
            case DUE -> "o.dueDate" + direction;
        };
        return where(filter, "select o from OwedRefresher o", " order by " + by + ", o.id", OwedRefresher.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(OwedFilter filter) {
        return where(filter, "select count(o) from OwedRefresher o", "", Long.class).getSingleResult();
    }

    @Override
    public List<CourseAwaiting> awaitingConfirmation(List<String> missions) {
        TypedQuery<Object[]> query = em.createQuery("select o.courseId, o.courseCode, o.courseTitle, count(o)"
                + " from OwedRefresher o where o.state = :state" + (missions.isEmpty() ? "" : " and o.mission in :missions")
                + " group by o.courseId, o.courseCode, o.courseTitle order by o.courseCode", Object[].class)
                .setParameter("state", RefresherState.WAITING_FOR_CONFIRMATION);
        if (!missions.isEmpty()) {
            query.setParameter("missions", missions);
        }
        return query.getResultStream().map(row -> new CourseAwaiting(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], ((Number) row[3]).longValue())).toList();
    }

    private <T> TypedQuery<T> where(OwedFilter filter, String select, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where o.state <> :completed");
        if (!filter.missions().isEmpty()) {
            jpql.append(" and o.mission in :missions");
        }
        if (filter.mission() != null) {
            jpql.append(" and o.mission = :mission");
        }
        if (filter.category() != null) {
            jpql.append(" and o.category = :category");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(tail).toString(), type)
                .setParameter("completed", RefresherState.COMPLETED);
        if (!filter.missions().isEmpty()) {
            query.setParameter("missions", filter.missions());
        }
        if (filter.mission() != null) {
            query.setParameter("mission", filter.mission());
        }
        if (filter.category() != null) {
            query.setParameter("category", filter.category());
        }
        return query;
    }
}
