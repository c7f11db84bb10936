package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.intranet.training.domain.Learner;

/** A person as the assign dialog and rosters show them. */
public record LearnerSummary(String subject, String name, String mission, String category, LocalDate arrivalDate,
        LocalDate deploymentDate) implements Serializable {

    static LearnerSummary of(Learner l) {
        return new LearnerSummary(l.getSubject(), l.getDisplayName(), l.getMission(), l.getCategory(),
                l.getArrivalDate().orElse(null), l.getDeploymentDate().orElse(null));
    }
}
