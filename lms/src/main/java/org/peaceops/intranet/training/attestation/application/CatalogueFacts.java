package org.peaceops.intranet.training.attestation.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peaceops.intranet.training.attestation.domain.AttestationFacts;
import org.peaceops.intranet.training.attestation.domain.AttestationKey;
import org.peaceops.intranet.training.attestation.domain.AttestationRepository;
import org.peaceops.intranet.training.attestation.domain.CourseFacts;
import org.peaceops.intranet.training.attestation.domain.PersonFacts;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.LearnerRepository;

/** The check's questions answered from the catalogue (read once per file), the learners and the batches. */
final class CatalogueFacts implements AttestationFacts {

    private final Map<String, CourseFacts> published = new HashMap<>();
    private final LearnerRepository learners;
    private final AttestationRepository attestations;

    CatalogueFacts(CourseRepository courses, LearnerRepository learners, AttestationRepository attestations) {
        this.learners = learners;
        this.attestations = attestations;
        for (Course c : courses.published()) {
            c.currentVersion().ifPresent(v -> published.put(c.getCode(),
                    CourseFacts.of(c.getId(), v.getId(), c.getCode(), c.getAudience())));
        }
    }

    @Override
    public Optional<CourseFacts> publishedCourse(String code) {
        return Optional.ofNullable(published.get(code));
    }

    @Override
    public Map<String, PersonFacts> people(Collection<String> ids) {
        // Keyed by the identifier the file used: a personnel number, or a subject id.
        return learners.findByIdentifiers(ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new PersonFacts(e.getKey(), e.getValue().getMission())));
    }

    @Override
    public Set<AttestationKey> alreadyAttested(Collection<AttestationKey> keys) {
        return keys.isEmpty() ? Set.of() : attestations.attested(keys);
    }
}
