package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.intranet.training.domain.DueDateRule;

/**
 * The due date of an assignment as the trainer gave it, on the roster's dialog or through the API: a
 * kind, and the date (a fixed date) or the number of days (the relative kinds) it needs. The assigning
 * service turns it into the {@link DueDateRule}, so what makes a due date complete is said once.
 *
 * @param kind which way the due date is set; {@code null} when none was chosen
 * @param date the fixed date, read only for {@link DueDateRule.Kind#ABSOLUTE}
 * @param days the number of days, read only for the relative kinds
 */
public record DueDateInput(DueDateRule.Kind kind, LocalDate date, Integer days) implements Serializable {

    /** The field the refusal names: the kind is the question the trainer answers first. */
    static final String FIELD = "dueKind";

    /** The rule this input stands for; refused (400, on {@code dueKind}) when it is incomplete. */
    DueDateRule rule() {
        if (kind == null) {
            throw incomplete("no kind");
        }
        if (kind == DueDateRule.Kind.ABSOLUTE) {
            if (date == null) {
                throw incomplete("a fixed due date needs the date");
            }
            return DueDateRule.on(date);
        }
        if (days == null || days < 0) {
            throw incomplete(kind + " needs a number of days, zero or more");
        }
        return DueDateRule.of(kind, null, days);
    }

    private static TrainingRejectedException incomplete(String why) {
        return new TrainingRejectedException("assign.dueInvalid", "The due-date rule is incomplete: " + why)
                .onField(FIELD);
    }
}
