package org.peaceops.intranet.training.forward.domain;

import java.util.List;
import java.util.Optional;

/** Learning events (written on a node, arriving at headquarters by replication) and their folds. */
public interface LearningEventRepository {

    void add(LearningEvent event);

    Optional<LearningEvent> find(String id);

    /** Ids of events not folded yet, oldest first, at most {@code limit}. */
    List<String> unapplied(int limit);

    /** Records the fold, and writes it at once: a second fold of the same event fails here, before its rows. */
    void applied(AppliedLearningEvent applied);

    Optional<AppliedLearningEvent> appliedOf(String eventId);
}
