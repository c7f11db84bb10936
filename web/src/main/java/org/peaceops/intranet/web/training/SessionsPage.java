package org.peaceops.intranet.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.session.application.CourseChoice;
import org.peaceops.intranet.training.session.application.SessionInput;
import org.peaceops.intranet.training.session.application.SessionView;
import org.peaceops.intranet.training.session.application.TrainingSessions;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * The trainer's sessions: a calendar and a list of their missions' sessions, and the dialog that
 * schedules one (date and time as the mission's clocks read them). A scheduled session opens its page.
 */
@Named
@ViewScoped
public class SessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingSessions sessions;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private SessionsTable table;
    private SessionCalendar calendar;
    private List<CourseChoice> courses;
    private final SessionForm form = new SessionForm();
    private Long courseId;
    private String mission;

    @PostConstruct
    void init() {
        String page = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/training/manage/session.xhtml?id=";
        table = new SessionsTable(sessions, this::caller);
        calendar = new SessionCalendar(sessions, this::caller, page);
        courses = feedback.valueOr(() -> sessions.schedulableCourses(caller()), List.of());
        mission = caller().mission();
    }

    /** Schedules the session and opens its page (where people are enrolled). */
    public String schedule() {
        SessionView[] made = new SessionView[1];
        if (courseId != null && feedback.run(() -> made[0] = sessions.schedule(caller(), courseId, mission, form.input()),
                null)) {
            feedback.done("session.scheduled", made[0].courseTitle(), form.getDate(), form.getTime());
            return "/training/manage/session?faces-redirect=true&id=" + made[0].id();
        }
        return null;
    }

    private Caller caller() {
        return user.caller().orElseThrow();
    }

    public boolean isHeadquarters() {
        return caller().atHeadquarters();
    }

    public SessionsTable getTable() {
        return table;
    }

    public SessionCalendar getCalendar() {
        return calendar;
    }

    public List<CourseChoice> getCourses() {
        return courses;
    }

    public SessionForm getForm() {
        return form;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission == null ? null : mission.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Today in the trainer's mission: where the calendar opens. */
    public LocalDate getToday() {
        return LocalDate.now(org.peaceops.intranet.training.domain.MissionTimeZones.of(caller().mission()));
    }

    /** What the schedule and edit dialogs enter: shared by the trainer's two pages. */
    public static class SessionForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private LocalDate date;
        private String time = "09:00";
        private Integer duration = 120;
        private String location;
        private Integer capacity = 20;

        SessionInput input() {
            LocalTime at = LocalTime.parse(time);
            return new SessionInput(date.atTime(at), duration, location, capacity);
        }

        void fill(SessionView s) {
            date = s.localStart().toLocalDate();
            time = s.localStart().toLocalTime().toString();
            duration = s.durationMinutes();
            location = s.location();
            capacity = s.capacity();
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getTime() {
            return time;
        }

        public void setTime(String time) {
            this.time = time;
        }

        public Integer getDuration() {
            return duration;
        }

        public void setDuration(Integer duration) {
            this.duration = duration;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public Integer getCapacity() {
            return capacity;
        }

        public void setCapacity(Integer capacity) {
            this.capacity = capacity;
        }
    }
}
