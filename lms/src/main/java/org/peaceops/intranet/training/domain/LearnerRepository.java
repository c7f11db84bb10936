package org.peaceops.intranet.training.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Learners, by subject id. */
public interface LearnerRepository {

    Optional<Learner> find(String subject);

    List<Learner> findAll(Collection<String> subjects);

    void add(Learner learner);

    /** The learner with this personnel number, if one is known. */
    Optional<Learner> findByPersonnelNumber(String personnelNumber);

    /**
     * Learners known by any of these identifiers, each taken as a personnel number or else as a
     * subject id (an attestation file names people either way), keyed by the identifier that found them.
     */
    Map<String, Learner> findByIdentifiers(Collection<String> identifiers);

    /**
     * Moves everything training holds under {@code provisionalSubject} (a learner introduced by an
     * attestation before they ever signed in) to the subject the identity provider gave at sign-in, in
     * every table that references learners, so their attested completions are in the record they see.
     * When a learner with the real subject exists already, the provisional one is merged into it.
     * Leaves the persistence context cleared: load the learner again afterwards.
     */
    void adopt(String provisionalSubject, String subject);

    /**
     * Brings what is derived from a person's learner row and assignments (their compliance standing) up
     * to date, in this transaction, after a loaded learner or assignment of theirs was changed in place:
     * dates recorded, mission or category seen at sign-in, an assignment cancelled or extended. Additions
     * through the repositories need no call.
     */
    void standingChanged(String subject);

    /** Learners of a mission and/or category (null: any), for rules applied to people already known. */
    List<Learner> inScope(String mission, String category);

    /** Name contains the text, within the given missions (all when empty); at most {@code limit}. */
    List<Learner> search(String text, List<String> missions, int limit);
}
