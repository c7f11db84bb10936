package org.peaceops.intranet.web.training;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.session.application.SessionView;
import org.peaceops.intranet.training.session.application.TrainingSessions;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

/**
 * The calendar's sessions for the range it shows. Each event is at the wall-clock time of its mission
 * (the calendar is told not to convert): a session at 10:00 in Juba shows at 10:00 wherever the trainer is.
 */
public class SessionCalendar extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;
    private final transient TrainingSessions sessions;
    private final transient Supplier<Caller> trainer;
    private final String sessionPage;

    SessionCalendar(TrainingSessions sessions, Supplier<Caller> trainer, String sessionPage) {
        this.sessions = sessions;
        this.trainer = trainer;
        this.sessionPage = sessionPage;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        // a day either side: the range is in wall-clock time and missions are up to a day apart from UTC
        for (SessionView s : sessions.calendar(trainer.get(), start.minusDays(1).toInstant(ZoneOffset.UTC),
                end.plusDays(1).toInstant(ZoneOffset.UTC))) {
            addEvent(DefaultScheduleEvent.builder().id(Long.toString(s.id()))
                    .title(s.courseCode() + " · " + s.location() + " (" + s.seatsTaken() + "/" + s.capacity() + ")")
                    .startDate(s.localStart()).endDate(s.localEnd())
                    .description(s.courseTitle() + ", " + s.mission() + " (" + s.zone() + ")")
                    .styleClass("session-event session-" + s.state())
                    .url(sessionPage + s.id()).editable(false).build());
        }
    }
}
