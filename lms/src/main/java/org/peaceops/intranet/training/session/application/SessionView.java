package org.peaceops.intranet.training.session.application;

import java.time.LocalDateTime;
import org.peaceops.intranet.training.session.domain.Attendance;
import org.peaceops.intranet.training.session.domain.Place;
import org.peaceops.intranet.training.session.domain.SessionState;
import org.peaceops.intranet.training.session.domain.TrainingSession;

/**
 * A session as pages and the API show it: times as the mission's clocks read them (with the zone),
 * and, for the person asking, where they stand on it and whether they may still evaluate it.
 */
public record SessionView(long id, int version, long courseId, String courseCode, String courseTitle, String mission,
        String zone, LocalDateTime localStart, LocalDateTime localEnd, int durationMinutes, String location,
        String trainerName, int capacity, int seatsTaken, int waitingCount, SessionState state, String cancelReason,
        boolean hasSheet, Place myPlace, Attendance myAttendance, boolean mayEvaluate) implements java.io.Serializable {

    static SessionView of(TrainingSession s) {
        return of(s, null, false);
    }

    static SessionView of(TrainingSession s, String subject, boolean evaluated) {
        var mine = subject == null ? java.util.Optional.<org.peaceops.intranet.training.session.domain.SessionEnrolment>empty()
                : s.enrolmentOf(subject);
        Attendance attendance = mine.flatMap(e -> e.getAttendance()).orElse(null);
        return new SessionView(s.getId(), s.getVersion(), s.getCourseId(), s.getCourseCode(), s.getCourseTitle(),
                s.getMission(), s.zone().getId(), s.localStart(), s.localEnd(), s.durationMinutes(), s.getLocation(),
                s.getTrainerName(), s.getCapacity(), s.getSeatsTaken(), s.getWaitingCount(), s.getState(),
                s.getCancelReason().orElse(null), s.getSheetSha256().isPresent(), mine.map(e -> e.getPlace()).orElse(null),
                attendance, attendance == Attendance.PRESENT && !evaluated);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    public boolean open() {
        return state == SessionState.SCHEDULED;
    }
}
