package org.peaceops.intranet.web.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peaceops.intranet.training.application.DueDateInput;
import org.peaceops.intranet.training.domain.DueDateRule;

/** The body of {@code POST /api/v1/training/courses/{id}/assignments}. */
@Schema(description = "An assignment: to people (subjects), or by a rule (mission and/or category); with a due date")
public record AssignRequest(
        @Schema(description = "Subject ids of the people to assign; absent or empty to assign by a rule")
        List<String> subjects,
        @Schema(description = "A rule's mission code; absent for every mission", example = "UNMISS")
        String mission,
        @Schema(description = "A rule's personnel category; absent for every category", example = "POLICE")
        String category,
        @Schema(required = true)
        DueDateRule.Kind dueKind,
        @Schema(description = "ABSOLUTE only: the ISO due date", example = "2027-01-31")
        LocalDate dueDate,
        @Schema(description = "DAYS_AFTER_ARRIVAL and DAYS_BEFORE_DEPLOYMENT: the number of days", example = "30")
        Integer dueDays) {

    /** No body at all: nothing asked, so the due date is refused as missing. */
    static final AssignRequest NONE = new AssignRequest(null, null, null, null, null, null);

    /** The due date as sent; the assigning service judges whether it is complete. */
    DueDateInput due() {
        return new DueDateInput(dueKind, dueDate, dueDays);
    }

    /** Whether the body names people (else it makes a rule). */
    boolean namesPeople() {
        return subjects != null && !subjects.isEmpty();
    }
}
