package org.peaceops.intranet.training.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Learners, by subject id. */
public interface LearnerRepository {

    Optional<Learner> find(String subject);

    List<Learner> findAll(Collection<String> subjects);

    void add(Learner learner);

    /** Learners of a mission and/or category (null: any), for rules applied to people already known. */
    List<Learner> inScope(String mission, String category);

    /** Name contains the text, within the given missions (all when empty); at most {@code limit}. */
    List<Learner> search(String text, List<String> missions, int limit);
}
