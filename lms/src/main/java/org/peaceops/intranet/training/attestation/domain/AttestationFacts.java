package org.peaceops.intranet.training.attestation.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the check asks of the rest of training, in bulk so that a file of 100,000 lines costs a few
 * hundred queries, not 100,000.
 */
public interface AttestationFacts {

    /** The published course with the code (exact, as the catalogue spells it), if any. */
    Optional<CourseFacts> publishedCourse(String code);

    /** The people among {@code ids} that training knows, by identifier. */
    Map<String, PersonFacts> people(Collection<String> ids);

    /** Those of {@code keys} already attested in a batch that is pending or verified. */
    Set<AttestationKey> alreadyAttested(Collection<AttestationKey> keys);
}
