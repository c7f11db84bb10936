package org.peaceops.intranet.training.attestation.domain;

import java.time.LocalDate;
import org.peaceops.intranet.shared.PersonnelCategory;

/** A line that passed every check, in domain values: what a batch stores. */
public record CheckedLine(int line, String personId, String name, PersonnelCategory category, String country,
        CourseFacts course, LocalDate completedOn, String trainingCentre, boolean newPerson) {
}
