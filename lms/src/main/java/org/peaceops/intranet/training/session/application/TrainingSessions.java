package org.peaceops.intranet.training.session.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.Conflict;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.training.application.Completions;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.application.TrainingRulesAsApplicationExceptions;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DeliveryMode;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.domain.TrainingRuleException;
import org.peaceops.intranet.training.session.domain.EvaluationQuestion;
import org.peaceops.intranet.training.session.domain.EvaluationSummary;
import org.peaceops.intranet.training.session.domain.SessionEnrolment;
import org.peaceops.intranet.training.session.domain.SessionEvaluation;
import org.peaceops.intranet.training.session.domain.SessionNotice;
import org.peaceops.intranet.training.session.domain.SessionOrder;
import org.peaceops.intranet.training.session.domain.SessionPlan;
import org.peaceops.intranet.training.session.domain.SessionRepository;
import org.peaceops.intranet.training.session.domain.TrainingSession;

/**
 * In-mission sessions. Trainers of a mission (headquarters trainers for every mission) schedule, change
 * and cancel its sessions, enrol people and record attendance, which completes the course through the
 * one completion path; learners of the mission enrol themselves, withdraw, and evaluate a session they
 * attended. Every step a trainer takes is audited.
 */
@Stateless
@Interceptors(TrainingRulesAsApplicationExceptions.class)
public class TrainingSessions {

    @Inject
    SessionRepository sessions;

    @Inject
    CourseRepository courses;

    @Inject
    LearnerRepository learners;

    @Inject
    TrainingAccess access;

    @Inject
    Completions completions;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Published classroom and blended courses the trainer may schedule (their missions' and headquarters'). */
    public List<CourseChoice> schedulableCourses(Caller user) {
        MissionScope managed = requireTrainer(user);
        List<String> scopes = new ArrayList<>(managed.missions());
        if (!managed.isEveryMission()) {
            scopes.add(Caller.HEADQUARTERS);
        }
        return courses.ofScopes(scopes).stream()
                .filter(c -> c.isPublished() && c.getDeliveryMode() != DeliveryMode.E_LEARNING)
                .map(c -> new CourseChoice(c.getId(), c.getCode(), c.getTitleEn())).toList();
    }

    /** Schedules a session in a mission the trainer manages; the caller is its trainer. */
    public SessionView schedule(Caller user, long courseId, String mission, SessionInput input) {
        String where = mission == null || mission.isBlank() ? user.mission() : mission;
        access.requireManage(user, where);
        Course course = courses.find(courseId).orElseThrow(() -> new NotFound("training.error.notFound", "course " + courseId));
        access.requireCourseInScope(user, course);
        Instant now = clock.instant();
        TrainingSession session = new TrainingSession(course, where, plan(user, input), user.subject(), now);
        sessions.add(session);
        audit.record(user.subject(), AuditAction.TRAINING_SESSION_SCHEDULED, "session", String.valueOf(session.getId()),
                course.getCode() + " in " + where + " at " + session.localStart() + " " + session.zone() + ", "
                        + session.getLocation() + ", " + session.getCapacity() + " seats");
        return SessionView.of(session);
    }

    /** Changes time, place or seats of a session still open, as the trainer last saw it ({@code version}). */
    public SessionView replan(Caller user, long sessionId, int version, SessionInput input) {
        TrainingSession session = managed(user, sessionId);
        requireVersion(session, version);
        List<SessionEnrolment> promoted = session.replan(plan(user, input));
        Instant now = clock.instant();
        promoted.forEach(e -> sessions.add(new SessionNotice(e, SessionNotice.Kind.PROMOTED, now)));
        flush();
        audit.record(user.subject(), AuditAction.TRAINING_SESSION_CHANGED, "session", String.valueOf(sessionId),
                "now at " + session.localStart() + " " + session.zone() + ", " + session.getLocation() + ", "
                        + session.getCapacity() + " seats" + (promoted.isEmpty() ? "" : ", " + promoted.size() + " promoted"));
        return SessionView.of(session);
    }

    private SessionPlan plan(Caller user, SessionInput input) {
        if (input.localStart() == null) {
            throw new TrainingRuleException("session.error.start", "A session needs a start");
        }
        return new SessionPlan(input.localStart(), input.durationMinutes(), input.location(), user.subject(),
                user.displayName(), input.capacity());
    }

    /** The sessions of the trainer's missions starting in [from, to), for the calendar. */
    public List<SessionView> calendar(Caller user, Instant from, Instant to) {
        return sessions.between(requireTrainer(user).missions(), from, to).stream().map(SessionView::of).toList();
    }

    /** A page of the trainer's missions' sessions, sorted in the database. */
    public List<SessionView> page(Caller user, SessionOrder order, boolean ascending, int first, int max) {
        return sessions.page(requireTrainer(user).missions(), order, ascending, first, Math.min(max, 200)).stream()
                .map(SessionView::of).toList();
    }

    public long count(Caller user) {
        return sessions.count(requireTrainer(user).missions());
    }

    /** The trainer's page of a session: roster, waiting list and evaluation summary. */
    public SessionDetail detail(Caller user, long sessionId) {
        TrainingSession s = managed(user, sessionId);
        return new SessionDetail(SessionView.of(s), s.seats().stream().map(EnrolmentView::of).toList(),
                s.waitingList().stream().map(EnrolmentView::of).toList(),
                EvaluationSummary.of(sessions.evaluations(sessionId)));
    }

    /** A learner takes a seat (or a place in the queue) on a session of their own mission. */
    public EnrolmentView enrolSelf(Caller user, long sessionId) {
        TrainingSession session = find(sessionId);
        if (!session.getMission().equals(user.mission())) {
            // Answered like a missing session: another mission's sessions are not the learner's business.
            throw new NotFound("session.error.notFound", "session " + sessionId);
        }
        Learner learner = learnerOf(user);
        SessionEnrolment e = session.enrol(learner.getSubject(), learner.getDisplayName(), user.subject(), clock.instant());
        flush();
        return EnrolmentView.of(e);
    }

    /** A trainer enrols a known person of a mission they manage. */
    public EnrolmentView enrol(Caller user, long sessionId, String subject) {
        TrainingSession session = managed(user, sessionId);
        Learner learner = learners.find(subject).orElseThrow(() -> new NotFound("session.error.noLearner", subject));
        access.requireManage(user, learner.getMission());
        SessionEnrolment e = session.enrol(learner.getSubject(), learner.getDisplayName(), user.subject(), clock.instant());
        flush();
        audit.record(user.subject(), AuditAction.TRAINING_SESSION_ENROLLED, "session", String.valueOf(sessionId),
                learner.getSubject() + " (" + learner.getDisplayName() + ") " + e.getPlace());
        return EnrolmentView.of(e);
    }

    public void withdrawSelf(Caller user, long sessionId) {
        TrainingSession session = find(sessionId);
        if (session.enrolmentOf(user.subject()).isEmpty()) {
            throw new NotFound("session.error.notFound", "session " + sessionId);
        }
        withdraw(session, user.subject());
    }

    /** A trainer takes someone off a session (they left the mission, fell ill). */
    public void withdraw(Caller user, long sessionId, String subject) {
        TrainingSession session = managed(user, sessionId);
        Optional<SessionEnrolment> promoted = withdraw(session, subject);
        audit.record(user.subject(), AuditAction.TRAINING_SESSION_WITHDRAWN, "session", String.valueOf(sessionId),
                subject + promoted.map(p -> ", seat to " + p.getLearnerSubject()).orElse(""));
    }

    private Optional<SessionEnrolment> withdraw(TrainingSession session, String subject) {
        Optional<SessionEnrolment> promoted = session.withdraw(subject);
        Instant now = clock.instant();
        promoted.ifPresent(p -> sessions.add(new SessionNotice(p, SessionNotice.Kind.PROMOTED, now)));
        flush();
        return promoted;
    }

    /**
     * Records who of the seat holders was present; each of them completes the course (record and
     * certificate, assignments met) as of now. Never the trainer for themself (the record refuses).
     */
    public int recordAttendance(Caller user, long sessionId, int version, Set<String> present) {
        TrainingSession session = managed(user, sessionId);
        requireVersion(session, version);
        Course course = courses.find(session.getCourseId())
                .orElseThrow(() -> new NotFound("training.error.notFound", "course " + session.getCourseId()));
        CourseVersion current = course.currentVersion()
                .orElseThrow(() -> new TrainingRuleException("training.error.notPublished", "Not published"));
        Instant now = clock.instant();
        List<SessionEnrolment> attended = session.recordAttendance(present, user.subject(), now);
        flush();
        List<String> subjects = attended.stream().map(SessionEnrolment::getLearnerSubject).toList();
        for (Learner learner : learners.findAll(subjects)) {
            completions.complete(TrainingRecord.fromAttendance(learner, current, user.subject(), now),
                    course.getCertificateValidityMonths(), now);
        }
        audit.record(user.subject(), AuditAction.TRAINING_SESSION_ATTENDANCE, "session", String.valueOf(sessionId),
                course.getCode() + " v" + current.getNumber() + ": present " + subjects + ", absent "
                        + (session.seats().size() - subjects.size()));
        return subjects.size();
    }

    /** Cancels an open session with its reason; everyone on it (seats and queue) is told on their training page. */
    public int cancel(Caller user, long sessionId, int version, String reason) {
        TrainingSession session = managed(user, sessionId);
        requireVersion(session, version);
        Instant now = clock.instant();
        List<SessionEnrolment> told = session.cancel(reason, user.subject(), now);
        told.forEach(e -> sessions.add(new SessionNotice(e, SessionNotice.Kind.CANCELLED, now)));
        flush();
        audit.record(user.subject(), AuditAction.TRAINING_SESSION_CANCELLED, "session", String.valueOf(sessionId),
                session.getCourseCode() + " at " + session.localStart() + ": " + session.getCancelReason().orElse("")
                        + " (" + told.size() + " told)");
        return told.size();
    }

    /** Sessions a learner may enrol in (their mission's, not yet over) and those they are or were on. */
    public List<SessionView> mySessions(Caller user) {
        return sessions.forLearner(user.subject(), user.mission(), clock.instant()).stream()
                .map(s -> SessionView.of(s, user.subject(), s.attendedBy(user.subject())
                        && sessions.evaluated(s.getId(), user.subject())))
                .toList();
    }

    /** An attendee's end-of-session form, once; a second submission racing the first meets the unique key. */
    public void evaluate(Caller user, long sessionId, java.util.Map<EvaluationQuestion, Integer> ratings, String comment) {
        TrainingSession session = find(sessionId);
        SessionEvaluation evaluation = SessionEvaluation.by(session, user.subject(), ratings, comment,
                sessions.evaluated(sessionId, user.subject()), clock.instant());
        try {
            sessions.add(evaluation);
        } catch (PersistenceException e) {
            throw new Conflict("session.error.evaluated", "This session was evaluated already", e);
        }
    }

    public List<NoticeView> notices(Caller user) {
        return sessions.notices(user.subject(), 20).stream().map(NoticeView::of).toList();
    }

    private Learner learnerOf(Caller user) {
        return learners.find(user.subject()).orElseGet(() -> {
            Learner created = new Learner(user.subject(), user.displayName(), user.mission(), user.category().code());
            created.seen(user.displayName(), user.mission(), user.category().code(), clock.instant());
            learners.add(created);
            return created;
        });
    }

    private void flush() {
        try {
            sessions.flush();
        } catch (PersistenceException e) {
            // The optimistic lock (or the unique enrolment key): someone else changed the session first.
            throw new Conflict("session.error.changed", "The session changed meanwhile", e);
        }
    }

    private static void requireVersion(TrainingSession session, int version) {
        if (session.getVersion() != version) {
            throw new Conflict("session.error.changed", "The session changed meanwhile");
        }
    }

    private MissionScope requireTrainer(Caller user) {
        MissionScope managed = access.managedMissions(user);
        if (managed.isNone()) {
            throw new AccessDenied("training.error.denied", "MANAGE_TRAINING denied");
        }
        return managed;
    }

    /** What attaching a sheet would refuse (not the trainer's session, no attendance yet), before any upload. */
    public void checkSheet(Caller user, long sessionId) {
        managed(user, sessionId).requireSheetAccepted();
    }

    /** Keeps the stored scan as the session's signed sheet (a later scan replaces it); audited. */
    public void attachSheet(Caller user, long sessionId, SheetFile sheet) {
        TrainingSession session = managed(user, sessionId);
        String before = session.getSheetName().orElse("none");
        session.attachSheet(sheet.sha256(), sheet.fileName(), sheet.mediaType());
        audit.record(user.subject(), AuditAction.TRAINING_SESSION_SHEET_ATTACHED, "session", String.valueOf(sessionId),
                session.getCourseCode() + " in " + session.getMission() + ": sheet " + before + " -> " + sheet.fileName()
                        + " (" + sheet.mediaType() + ", sha256 " + sheet.sha256() + ")");
    }

    /** The session's signed sheet, for its trainers. */
    public SheetFile sheet(Caller user, long sessionId) {
        TrainingSession s = managed(user, sessionId);
        return s.getSheetSha256().map(sha -> new SheetFile(sha, s.getSheetName().orElseThrow(),
                s.getSheetType().orElseThrow())).orElseThrow(() -> new NotFound("session.sheet.none",
                        "session " + sessionId + " has no sheet"));
    }

    private TrainingSession managed(Caller user, long sessionId) {
        TrainingSession session = find(sessionId);
        if (!access.mayManage(user, session.getMission())) {
            throw new NotFound("session.error.notFound", "session " + sessionId);
        }
        return session;
    }

    private TrainingSession find(long sessionId) {
        return sessions.find(sessionId).orElseThrow(() -> new NotFound("session.error.notFound", "session " + sessionId));
    }
}
