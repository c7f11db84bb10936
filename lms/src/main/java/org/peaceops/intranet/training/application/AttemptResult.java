package org.peaceops.intranet.training.application;

import java.io.Serializable;

/** The outcome of a submitted attempt, and whether it completed the course. */
public record AttemptResult(int scorePercent, int passMarkPercent, boolean passed, int attemptsUsed,
        int attemptLimit, boolean completed) implements Serializable {

    /** -1: no limit. */
    public int attemptsLeft() {
        return attemptLimit == 0 ? -1 : Math.max(0, attemptLimit - attemptsUsed);
    }
}
