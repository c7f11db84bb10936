package org.peaceops.intranet.training.attestation.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.intranet.training.attestation.domain.Attestation;

/** One stored attestation line, as a verifier reads it before deciding. */
public record LineView(int line, String personId, String name, String category, String country, String courseCode,
        LocalDate completedOn, String trainingCentre) implements Serializable {

    static LineView of(Attestation a) {
        return new LineView(a.getLineNumber(), a.getPersonId(), a.getPersonName(), a.getCategory(), a.getCountry(),
                a.getCourseCode(), a.getCompletedOn(), a.getTrainingCentre());
    }
}
