package org.peaceops.intranet.training.session.application;

import org.peaceops.intranet.training.session.domain.Attendance;
import org.peaceops.intranet.training.session.domain.Place;
import org.peaceops.intranet.training.session.domain.SessionEnrolment;

/** A person on a session's roster or waiting list. */
public record EnrolmentView(String subject, String name, Place place, int queueNumber, Attendance attendance) implements java.io.Serializable {

    static EnrolmentView of(SessionEnrolment e) {
        return new EnrolmentView(e.getLearnerSubject(), e.getLearnerName(), e.getPlace(), e.getQueueNumber(),
                e.getAttendance().orElse(null));
    }
}
