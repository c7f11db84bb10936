package org.peaceops.intranet.training.domain;

/** Stored state of an assignment. "Overdue" is not a state: it is computed when asked. */
public enum AssignmentStatus {
    ACTIVE, COMPLETED, CANCELLED
}
