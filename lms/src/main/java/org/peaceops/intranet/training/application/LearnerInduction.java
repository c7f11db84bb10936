package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's induction: when they arrived, and for each course of their mission's programme that
 * reaches them, its due date (none while the arrival is not known) and where they stand.
 */
public record LearnerInduction(LearnerSummary learner, List<Item> items) implements Serializable {

    /** Where a person stands on one course of the programme. */
    public enum Standing {
        /** The rule has not reached them yet (it does at their next sign-in or a recorded arrival). */
        NOT_ASSIGNED, DUE, OVERDUE, COMPLETED, CANCELLED
    }

    /** One course of the programme for this person; {@code dueDate} is null while the arrival is unknown. */
    public record Item(InductionStep step, LocalDate dueDate, Standing standing) implements Serializable {
    }
}
