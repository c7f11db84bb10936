package org.peaceops.intranet.training.session.domain;

/** A session is open for enrolment until attendance is recorded or it is cancelled; both are final. */
public enum SessionState {
    SCHEDULED, ATTENDANCE_RECORDED, CANCELLED
}
