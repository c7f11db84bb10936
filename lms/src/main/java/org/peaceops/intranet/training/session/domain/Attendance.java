package org.peaceops.intranet.training.session.domain;

/** What the trainer recorded for a seat holder. */
public enum Attendance {
    PRESENT, ABSENT
}
