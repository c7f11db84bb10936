package org.peaceops.intranet.training.application;

/** Where a person stands on a course, computed when asked (overdue is never stored). */
public enum ProgressStatus {
    ASSIGNED, IN_PROGRESS, OVERDUE, COMPLETED, CANCELLED
}
