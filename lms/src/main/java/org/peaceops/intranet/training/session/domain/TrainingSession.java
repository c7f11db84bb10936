package org.peaceops.intranet.training.session.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DeliveryMode;
import org.peaceops.intranet.training.domain.MissionTimeZones;
import org.peaceops.intranet.training.domain.TrainingRuleException;

/**
 * A sitting of a classroom or blended course in a mission: when (entered and shown in the mission's
 * time zone, kept in UTC), where, who trains, how many seats. People take seats in the order they
 * enrol; once the seats are full they queue, and a withdrawal gives the seat to the first in the queue.
 * The seat and queue counters are columns of the session so that every enrolment changes its row: two
 * people taking the last seat at once collide on the version, and one of them is told.
 */
@Entity
@Table(name = "training_session", schema = "training")
public class TrainingSession {

    static final int MAX_CAPACITY = 500;
    static final int MAX_MINUTES = 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training.session_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "course_code", nullable = false, updatable = false, length = 40)
    private String courseCode;

    @Column(name = "course_title", nullable = false, updatable = false, length = 200)
    private String courseTitle;

    @Column(nullable = false, updatable = false, length = 20)
    private String mission;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false, length = 200)
    private String location;

    @Column(name = "trainer_subject", nullable = false, length = 255)
    private String trainerSubject;

    @Column(name = "trainer_name", nullable = false, length = 255)
    private String trainerName;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "waiting_count", nullable = false)
    private int waitingCount;

    @Column(name = "next_queue_number", nullable = false)
    private int nextQueueNumber = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SessionState state = SessionState.SCHEDULED;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by", length = 255)
    private String closedBy;

    @Column(name = "sheet_sha256", length = 64)
    private String sheetSha256;

    @Column(name = "sheet_name", length = 255)
    private String sheetName;

    @Column(name = "sheet_type", length = 100)
    private String sheetType;

    @Column(name = "scheduled_by", nullable = false, updatable = false, length = 255)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false, updatable = false)
    private LocalDateTime scheduledAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("queueNumber")
    private List<SessionEnrolment> enrolments = new ArrayList<>();

    protected TrainingSession() {
        // for JPA
    }

    /**
     * Schedules a session of a published classroom or blended course. A session already held may be
     * entered afterwards (to record its attendance), so the start is not required to lie ahead.
     */
    public TrainingSession(Course course, String mission, SessionPlan plan, String by, Instant now) {
        CourseVersion current = course.currentVersion().orElseThrow(() -> new TrainingRuleException(
                "training.error.notPublished", "Only a published course has sessions"));
        if (course.getDeliveryMode() == DeliveryMode.E_LEARNING) {
            throw new TrainingRuleException("session.error.online", "E-learning courses have no sessions");
        }
        Objects.requireNonNull(current);
        this.courseId = Objects.requireNonNull(course.getId(), "course id");
        this.courseCode = course.getCode();
        this.courseTitle = course.getTitleEn();
        this.mission = Objects.requireNonNull(mission, "mission");
        this.scheduledBy = Objects.requireNonNull(by, "by");
        this.scheduledAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        plan(plan);
    }

    /** Moves, relocates or resizes the session; more seats go to the waiting list in its order. */
    public List<SessionEnrolment> replan(SessionPlan plan) {
        requireOpen();
        if (plan.capacity() < seatsTaken) {
            throw new TrainingRuleException("session.error.capacityBelowSeats",
                    "Capacity below the seats already taken", seatsTaken);
        }
        plan(plan);
        List<SessionEnrolment> promoted = new ArrayList<>();
        while (seatsTaken < capacity) {
            Optional<SessionEnrolment> first = firstWaiting();
            if (first.isEmpty()) {
                break;
            }
            promote(first.get());
            promoted.add(first.get());
        }
        return promoted;
    }

    private void plan(SessionPlan plan) {
        if (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY) {
            throw new TrainingRuleException("session.error.capacity", "Capacity out of range", MAX_CAPACITY);
        }
        if (plan.durationMinutes() < 1 || plan.durationMinutes() > MAX_MINUTES) {
            throw new TrainingRuleException("session.error.duration", "Duration out of range");
        }
        if (plan.location() == null || plan.location().isBlank()) {
            throw new TrainingRuleException("session.error.location", "A session needs a location");
        }
        ZoneId zone = zone();
        Instant start = plan.localStart().atZone(zone).toInstant();
        this.startsAt = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
        this.endsAt = LocalDateTime.ofInstant(start.plusSeconds(60L * plan.durationMinutes()), ZoneOffset.UTC);
        this.location = plan.location().strip();
        this.trainerSubject = Objects.requireNonNull(plan.trainerSubject(), "trainer");
        this.trainerName = Objects.requireNonNull(plan.trainerName(), "trainer name");
        this.capacity = plan.capacity();
    }

    /**
     * Enrols a person: a seat while there is one, else the waiting list. Open until the session ends
     * (someone may join on the day); never twice for the same person.
     */
    public SessionEnrolment enrol(String subject, String name, String by, Instant now) {
        requireOpen();
        if (!now.isBefore(getEndsAt())) {
            throw new TrainingRuleException("session.error.over", "The session is over");
        }
        if (enrolmentOf(subject).isPresent()) {
            throw new TrainingRuleException("session.error.alreadyEnrolled", "Already enrolled", name);
        }
        Place place = seatsTaken < capacity ? Place.SEAT : Place.WAITING;
        SessionEnrolment enrolment = new SessionEnrolment(this, subject, name, place, nextQueueNumber++, by, now);
        enrolments.add(enrolment);
        if (place == Place.SEAT) {
            seatsTaken++;
        } else {
            waitingCount++;
        }
        return enrolment;
    }

    /** Takes the person off the session; their seat goes to the first on the waiting list (returned). */
    public Optional<SessionEnrolment> withdraw(String subject) {
        requireOpen();
        SessionEnrolment leaving = enrolmentOf(subject).orElseThrow(() -> new TrainingRuleException(
                "session.error.notEnrolled", "Not enrolled"));
        enrolments.remove(leaving);
        if (leaving.getPlace() == Place.WAITING) {
            waitingCount--;
            return Optional.empty();
        }
        seatsTaken--;
        Optional<SessionEnrolment> next = firstWaiting();
        next.ifPresent(this::promote);
        return next;
    }

    private void promote(SessionEnrolment waiting) {
        waiting.promote();
        waitingCount--;
        seatsTaken++;
    }

    private Optional<SessionEnrolment> firstWaiting() {
        return enrolments.stream().filter(e -> e.getPlace() == Place.WAITING).findFirst();
    }

    /**
     * Records, once and from the start of the session on, who of the seat holders was present; the
     * others were absent. Returns those present: each of them has completed the course.
     */
    public List<SessionEnrolment> recordAttendance(Set<String> present, String by, Instant now) {
        requireOpen();
        if (now.isBefore(getStartsAt())) {
            throw new TrainingRuleException("session.error.notStarted", "Attendance is recorded once the session starts");
        }
        for (String subject : present) {
            if (seats().stream().noneMatch(e -> e.getLearnerSubject().equals(subject))) {
                throw new TrainingRuleException("session.error.notSeated", "Only seat holders attend: " + subject);
            }
        }
        List<SessionEnrolment> attended = new ArrayList<>();
        for (SessionEnrolment seat : seats()) {
            boolean here = present.contains(seat.getLearnerSubject());
            seat.mark(here ? Attendance.PRESENT : Attendance.ABSENT);
            if (here) {
                attended.add(seat);
            }
        }
        close(SessionState.ATTENDANCE_RECORDED, by, now);
        return attended;
    }

    /** Cancels the session, with the reason the enrolled are told; returns everyone enrolled (seats and queue). */
    public List<SessionEnrolment> cancel(String reason, String by, Instant now) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new TrainingRuleException("session.error.reason", "A cancellation needs a reason");
        }
        this.cancelReason = reason.strip();
        close(SessionState.CANCELLED, by, now);
        return List.copyOf(enrolments);
    }

    /** The scanned, signed attendance sheet (its bytes in the blob store); a later scan replaces it. */
    public void attachSheet(String sha256, String fileName, String mediaType) {
        requireSheetAccepted();
        this.sheetSha256 = Objects.requireNonNull(sha256);
        this.sheetName = Objects.requireNonNull(fileName);
        this.sheetType = Objects.requireNonNull(mediaType);
    }

    /** Refuses a sheet before attendance is recorded (asked before a scan is streamed, and on attaching). */
    public void requireSheetAccepted() {
        if (state != SessionState.ATTENDANCE_RECORDED) {
            throw new TrainingRuleException("session.error.sheetBeforeAttendance",
                    "The sheet is attached once attendance is recorded");
        }
    }

    /** Whether the person was recorded present: only they may evaluate the session. */
    public boolean attendedBy(String subject) {
        return enrolmentOf(subject).flatMap(SessionEnrolment::getAttendance).filter(a -> a == Attendance.PRESENT)
                .isPresent();
    }

    private void close(SessionState closing, String by, Instant now) {
        this.state = closing;
        this.closedBy = by;
        this.closedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    private void requireOpen() {
        if (state != SessionState.SCHEDULED) {
            throw new TrainingRuleException("session.error.closed", "The session is " + state);
        }
    }

    public Optional<SessionEnrolment> enrolmentOf(String subject) {
        return enrolments.stream().filter(e -> e.getLearnerSubject().equals(subject)).findFirst();
    }

    public List<SessionEnrolment> seats() {
        return enrolments.stream().filter(e -> e.getPlace() == Place.SEAT).toList();
    }

    /** The waiting list, first in line first. */
    public List<SessionEnrolment> waitingList() {
        return enrolments.stream().filter(e -> e.getPlace() == Place.WAITING).toList();
    }

    public ZoneId zone() {
        return MissionTimeZones.of(mission);
    }

    /** The start as the clock on the wall reads in the mission. */
    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(getStartsAt(), zone());
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(getEndsAt(), zone());
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getMission() {
        return mission;
    }

    public Instant getStartsAt() {
        return startsAt.toInstant(ZoneOffset.UTC);
    }

    public Instant getEndsAt() {
        return endsAt.toInstant(ZoneOffset.UTC);
    }

    public int durationMinutes() {
        return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
    }

    public String getLocation() {
        return location;
    }

    public String getTrainerSubject() {
        return trainerSubject;
    }

    public String getTrainerName() {
        return trainerName;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public int getWaitingCount() {
        return waitingCount;
    }

    public SessionState getState() {
        return state;
    }

    public Optional<String> getCancelReason() {
        return Optional.ofNullable(cancelReason);
    }

    public Optional<String> getSheetSha256() {
        return Optional.ofNullable(sheetSha256);
    }

    public Optional<String> getSheetName() {
        return Optional.ofNullable(sheetName);
    }

    public Optional<String> getSheetType() {
        return Optional.ofNullable(sheetType);
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public List<SessionEnrolment> getEnrolments() {
        return Collections.unmodifiableList(enrolments);
    }
}
