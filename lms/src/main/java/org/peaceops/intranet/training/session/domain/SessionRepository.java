package org.peaceops.intranet.training.session.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where sessions are kept, with their enrolments, evaluations and the notices sent to learners. */
public interface SessionRepository {

    void add(TrainingSession session);

    /** The SHA-256 of every attached attendance sheet: blobs the content store's sweep must keep. */
    java.util.Set<String> sheetHashes();

    Optional<TrainingSession> find(long id);

    /**
     * Writes pending changes now, so that two people taking the last seat at once are told here
     * ({@link jakarta.persistence.OptimisticLockException}) rather than at commit.
     */
    void flush();

    /** Sessions of the given missions (every mission when empty) starting in [from, to), by start. */
    List<TrainingSession> between(Collection<String> missions, Instant from, Instant to);

    /** A page of the sessions of the given missions (every mission when empty), sorted as asked. */
    List<TrainingSession> page(Collection<String> missions, SessionOrder order, boolean ascending, int first, int max);

    long count(Collection<String> missions);

    /** Sessions of a mission still open that end after {@code now}, plus every session the person is enrolled in. */
    List<TrainingSession> forLearner(String subject, String mission, Instant now);

    void add(SessionEvaluation evaluation);

    boolean evaluated(long sessionId, String subject);

    List<SessionEvaluation> evaluations(long sessionId);

    void add(SessionNotice notice);

    List<SessionNotice> notices(String subject, int limit);
}
