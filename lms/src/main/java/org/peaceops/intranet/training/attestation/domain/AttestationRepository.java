package org.peaceops.intranet.training.attestation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Attestation batches and their lines. */
public interface AttestationRepository {

    void add(AttestationBatch batch);

    /** Stores lines; called chunk by chunk, each chunk written out and let go (a batch may be 100,000 lines). */
    void addLines(List<Attestation> lines);

    Optional<AttestationBatch> find(long id);

    /**
     * Writes a decision now, so that a second verifier who read the same version fails here
     * ({@link jakarta.persistence.OptimisticLockException}) before any record is written.
     */
    void flushDecision(AttestationBatch batch);

    /** Batches of the missions (all when empty), newest first. */
    List<AttestationBatch> batches(Collection<String> missions, int limit);

    /** Lines of a batch in file order, from {@code first}. */
    List<Attestation> lines(long batchId, int first, int max);

    /** Of {@code keys}, those attested in a batch that is pending or verified. */
    Set<AttestationKey> attested(Collection<AttestationKey> keys);
}
