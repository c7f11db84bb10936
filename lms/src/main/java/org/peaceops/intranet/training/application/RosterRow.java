package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One person on a course roster: their status now, due date, completion. */
public record RosterRow(String subject, String name, String mission, String category, ProgressStatus status,
        LocalDate dueDate, Long assignmentId, Instant completedAt, Integer courseVersion, Integer scorePercent)
        implements Serializable {
}
