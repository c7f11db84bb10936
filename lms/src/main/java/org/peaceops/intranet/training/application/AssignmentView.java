package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.time.LocalDate;

/** One of my assignments: the course, when it is due, and where I stand. */
public record AssignmentView(long id, long courseId, String courseCode, String courseTitle, String origin,
        LocalDate dueDate, ProgressStatus status, int lessonsDone, int lessonsTotal, String extensionReason,
        String cancelReason) implements Serializable {
}
