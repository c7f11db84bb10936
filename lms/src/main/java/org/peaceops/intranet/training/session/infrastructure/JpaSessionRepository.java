package org.peaceops.intranet.training.session.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.training.session.domain.SessionEvaluation;
import org.peaceops.intranet.training.session.domain.SessionNotice;
import org.peaceops.intranet.training.session.domain.SessionOrder;
import org.peaceops.intranet.training.session.domain.SessionRepository;
import org.peaceops.intranet.training.session.domain.SessionState;
import org.peaceops.intranet.training.session.domain.TrainingSession;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Override
    public void add(TrainingSession session) {
        em.persist(session);
        em.flush();
    }

    @Override
    public java.util.Set<String> sheetHashes() {
        return new java.util.HashSet<>(em.createQuery("select s.sheetSha256 from TrainingSession s"
                + " where s.sheetSha256 is not null", String.class).getResultList());
    }

    @Override
    public Optional<TrainingSession> find(long id) {
        return Optional.ofNullable(em.find(TrainingSession.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<TrainingSession> between(Collection<String> missions, Instant from, Instant to) {
        TypedQuery<TrainingSession> q = em.createQuery("select s from TrainingSession s where s.startsAt >= :from"
                + " and s.startsAt < :to" + (missions.isEmpty() ? "" : " and s.mission in :m") + " order by s.startsAt, s.id",
                TrainingSession.class).setParameter("from", utc(from)).setParameter("to", utc(to));
        if (!missions.isEmpty()) {
            q.setParameter("m", missions);
        }
        return q.setMaxResults(1000).getResultList();
    }

    @Override
    public List<TrainingSession> page(Collection<String> missions, SessionOrder order, boolean ascending, int first,
            int max) {
        String column = switch (order) {
            case STARTS -> "s.startsAt";
            case COURSE -> "s.courseTitle";
            case LOCATION -> "s.location";
            case STATE -> "s.state";
        };
        String direction = ascending ? " asc" : " desc";
        TypedQuery<TrainingSession> q = em.createQuery("select s from TrainingSession s"
                + (missions.isEmpty() ? "" : " where s.mission in :m") + " order by " + column + direction
                + ", s.id" + direction, TrainingSession.class);
        if (!missions.isEmpty()) {
            q.setParameter("m", missions);
        }
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(Collection<String> missions) {
        TypedQuery<Long> q = em.createQuery("select count(s) from TrainingSession s"
                + (missions.isEmpty() ? "" : " where s.mission in :m"), Long.class);
        if (!missions.isEmpty()) {
            q.setParameter("m", missions);
        }
        return q.getSingleResult();
    }

    @Override
    public List<TrainingSession> forLearner(String subject, String mission, Instant now) {
        return em.createQuery("select distinct s from TrainingSession s where (s.mission = :m and s.state = :open"
                + " and s.endsAt > :now) or exists (select e from SessionEnrolment e where e.session = s"
                + " and e.learnerSubject = :p) order by s.startsAt, s.id", TrainingSession.class)
                .setParameter("m", mission).setParameter("open", SessionState.SCHEDULED)
                .setParameter("now", utc(now)).setParameter("p", subject).setMaxResults(200).getResultList();
    }

    @Override
    public void add(SessionEvaluation evaluation) {
        em.persist(evaluation);
        em.flush();
    }

    @Override
    public boolean evaluated(long sessionId, String subject) {
        return em.createQuery("select count(e) from SessionEvaluation e where e.sessionId = :s"
                + " and e.learnerSubject = :p", Long.class).setParameter("s", sessionId).setParameter("p", subject)
                .getSingleResult() > 0;
    }

    @Override
    public List<SessionEvaluation> evaluations(long sessionId) {
        return em.createQuery("select e from SessionEvaluation e where e.sessionId = :s order by e.submittedAt, e.id",
                SessionEvaluation.class).setParameter("s", sessionId).getResultList();
    }

    @Override
    public void add(SessionNotice notice) {
        em.persist(notice);
    }

    @Override
    public List<SessionNotice> notices(String subject, int limit) {
        return em.createQuery("select n from SessionNotice n where n.learnerSubject = :p order by n.createdAt desc, n.id desc",
                SessionNotice.class).setParameter("p", subject).setMaxResults(limit).getResultList();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
