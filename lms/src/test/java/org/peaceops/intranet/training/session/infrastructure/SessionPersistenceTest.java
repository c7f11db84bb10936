package org.peaceops.intranet.training.session.infrastructure;

import static org.peaceops.intranet.testing.Fields.withEm;
import static org.peaceops.intranet.testing.Fields.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.Conflict;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.testing.Callers;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.training.application.Completions;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.domain.CompletionMethod;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DeliveryMode;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.infrastructure.JpaAssignmentRepository;
import org.peaceops.intranet.training.infrastructure.JpaCourseRepository;
import org.peaceops.intranet.training.infrastructure.JpaLearnerRepository;
import org.peaceops.intranet.training.infrastructure.JpaRecordRepository;
import org.peaceops.intranet.training.refresher.infrastructure.JpaOwedRefresherRepository;
import org.peaceops.intranet.training.session.application.NoticeView;
import org.peaceops.intranet.training.session.application.SessionDetail;
import org.peaceops.intranet.training.session.application.SessionInput;
import org.peaceops.intranet.training.session.application.SessionSheetReferences;
import org.peaceops.intranet.training.session.application.SessionView;
import org.peaceops.intranet.training.session.application.SheetFile;
import org.peaceops.intranet.training.session.application.TrainingSessions;
import org.peaceops.intranet.training.session.domain.EvaluationQuestion;
import org.peaceops.intranet.training.session.domain.Place;
import org.peaceops.intranet.training.session.domain.SessionNotice;
import org.peaceops.intranet.training.session.domain.SessionOrder;
import org.peaceops.intranet.training.session.domain.SessionState;
import org.peaceops.intranet.training.session.domain.TrainingSession;

/**
 * Sessions on the Flyway schema in H2 (PostgreSQL mode) with EclipseLink and the real JPA repositories:
 * seats and the waiting list survive a round trip, attendance completes the course through the one
 * completion path, evaluations are kept once, a cancellation leaves a notice for each person on the
 * session, and two people taking the last seat at once collide on the session's version.
 */
class SessionPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:30:00Z"); // 10:30 in Juba

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;
    private long courseId;
    private final List<AuditRecord> audited = new ArrayList<>();

    private final Caller trainer = Callers.named("sub-trainer").displayName("Tess Trainer").at("UNMISS")
            .withRoles(Role.TRAINER).build();
    private final Caller alice = Callers.person("sub-alice", "UNMISS");
    private final Caller bob = Callers.person("sub-bob", "UNMISS");
    private final Caller carol = Callers.person("sub-carol", "UNMISS");

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, "training", "training", "SEVERE");
        courseId = unit.inTransaction(em -> {
            Course course = new Course("POC-9", "Protection of civilians", null, TrainingPhase.IN_MISSION);
            course.describe("Protection of civilians", null, null, null, TrainingPhase.IN_MISSION, null, 180,
                    DeliveryMode.CLASSROOM, 24);
            course.ownedBy("sub-trainer", "UNMISS");
            em.persist(course);
            CourseVersion v = course.openDraft();
            v.addLesson(v.addModule("M"), "L", "<p>x</p>");
            course.publish(NOW.minusSeconds(86_400), "sub-trainer");
            em.flush();
            return course.getId();
        });
    }

    @AfterEach
    void close() {
        unit.close();
    }

    private <T> T tx(Function<TrainingSessions, T> work) {
        return unit.inTransaction(em -> work.apply(service(em)));
    }

    private TrainingSessions service(EntityManager em) {
        TrainingSessions s = new TrainingSessions();
        JpaSessionRepository sessions = new JpaSessionRepository();
        sessions.em = em;
        Completions completions = new Completions();
        set(completions, "records", withEm(new JpaRecordRepository(), em));
        set(completions, "assignments", withEm(new JpaAssignmentRepository(), em));
        set(completions, "owedRefreshers", withEm(new JpaOwedRefresherRepository(), em));
        set(s, "sessions", sessions);
        set(s, "courses", withEm(new JpaCourseRepository(), em));
        set(s, "learners", withEm(new JpaLearnerRepository(), em));
        set(s, "completions", completions);
        set(s, "access", new EveryMission());
        set(s, "audit", new AuditTrail() {
            @Override
            public void record(AuditRecord line) {
                audited.add(line);
            }

            @Override
            public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
                audited.add(new AuditRecord(Instant.now(), actor, action, targetType, targetId, detail));
            }
        });
        set(s, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        return s;
    }

    /** The access policy's answer for a trainer of UNMISS, without the identity context. */
    static final class EveryMission extends TrainingAccess {
        @Override
        public void requireManage(Caller user, String missionScope) {
            if (!user.hasRole(Role.TRAINER)) {
                throw new org.peaceops.intranet.shared.refusal.AccessDenied("training.error.denied", "denied");
            }
        }

        @Override
        public boolean mayManage(Caller user, String missionScope) {
            return user.hasRole(Role.TRAINER);
        }

        @Override
        public void requireCourseInScope(Caller user, Course course) {
            requireManage(user, course.getMissionScope());
        }

        @Override
        public MissionScope managedMissions(Caller user) {
            return user.hasRole(Role.TRAINER) ? MissionScope.of(List.of("UNMISS")) : MissionScope.none();
        }
    }

    private long schedule(int capacity) {
        // started half an hour ago: attendance may be recorded, enrolment is still open
        return tx(s -> s.schedule(trainer, courseId, "UNMISS",
                new SessionInput(LocalDateTime.parse("2026-12-01T10:00"), 180, "Tomping, room 2", capacity))).id();
    }

    private int version(long sessionId) {
        return tx(s -> s.detail(trainer, sessionId).session().version());
    }

    @Test
    void enrolmentAttendanceAndEvaluationEndToEnd() {
        long id = schedule(2);
        assertThat(tx(s -> s.enrolSelf(alice, id)).place()).isEqualTo(Place.SEAT);
        assertThat(tx(s -> s.enrolSelf(bob, id)).place()).isEqualTo(Place.SEAT);
        assertThat(tx(s -> s.enrolSelf(carol, id)).place()).isEqualTo(Place.WAITING);
        tx(s -> {
            s.withdrawSelf(bob, id);
            return null;
        });
        SessionDetail detail = tx(s -> s.detail(trainer, id));
        assertThat(detail.seats()).extracting(e -> e.subject()).containsExactly("sub-alice", "sub-carol");
        assertThat(detail.waiting()).isEmpty();
        assertThat(this.<List<NoticeView>>tx(s -> s.notices(carol))).extracting(n -> n.kind()).containsExactly(SessionNotice.Kind.PROMOTED);

        int present = tx(s -> s.recordAttendance(trainer, id, version(id), Set.of("sub-alice")));

        assertThat(present).isEqualTo(1);
        List<TrainingRecord> records = unit.inTransaction(em -> em.createQuery(
                "select r from TrainingRecord r where r.courseId = :c", TrainingRecord.class)
                .setParameter("c", courseId).getResultList());
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLearnerSubject()).isEqualTo("sub-alice");
            assertThat(r.getMethod()).isEqualTo(CompletionMethod.ATTENDANCE);
            assertThat(r.getRecordedBy()).isEqualTo("sub-trainer");
        });
        assertThat(unit.<Long>inTransaction(em -> em.createQuery("select count(c) from Certificate c", Long.class)
                .getSingleResult())).isEqualTo(1L);
        assertThat(audited).extracting(AuditRecord::action).contains(AuditAction.TRAINING_SESSION_SCHEDULED,
                AuditAction.TRAINING_SESSION_ATTENDANCE);

        SessionView mine = tx(s -> s.mySessions(alice)).get(0);
        assertThat(mine.mayEvaluate()).isTrue();
        Map<EvaluationQuestion, Integer> ratings = new EnumMap<>(EvaluationQuestion.class);
        for (EvaluationQuestion q : EvaluationQuestion.values()) {
            ratings.put(q, 4);
        }
        ratings.put(EvaluationQuestion.TRAINER, 5);
        tx(s -> {
            s.evaluate(alice, id, ratings, "Practical and clear");
            return null;
        });
        assertThatThrownBy(() -> tx(s -> {
            s.evaluate(alice, id, ratings, "again");
            return null;
        })).isInstanceOf(RuleBroken.class).extracting("key").isEqualTo("session.error.evaluated");
        assertThatThrownBy(() -> tx(s -> {
            s.evaluate(carol, id, ratings, "I was absent");
            return null;
        })).extracting("key").isEqualTo("session.error.notAttendee");
        assertThat(this.<List<SessionView>>tx(s -> s.mySessions(alice)).get(0).mayEvaluate()).isFalse();

        var summary = tx(s -> s.detail(trainer, id)).evaluation();
        assertThat(summary.count()).isEqualTo(1);
        assertThat(summary.average(EvaluationQuestion.TRAINER)).isEqualTo("5.0");
        assertThat(summary.comments()).containsExactly("Practical and clear");
    }

    @Test
    void theSignedSheetIsAttachedOnceAttendanceIsRecordedAuditedAndKeptFromTheSweep() {
        long id = schedule(2);
        tx(s -> s.enrolSelf(alice, id));
        assertThatThrownBy(() -> tx(s -> {
            s.checkSheet(trainer, id);
            return null;
        })).extracting("key").isEqualTo("session.error.sheetBeforeAttendance");
        tx(s -> s.recordAttendance(trainer, id, version(id), Set.of("sub-alice")));
        SessionSheetReferences references = new SessionSheetReferences();
        assertThat(hashes(references)).isEmpty();

        String sha = "ab".repeat(32);
        tx(s -> {
            s.checkSheet(trainer, id);
            s.attachSheet(trainer, id, new SheetFile(sha, "sheet.pdf", "application/pdf"));
            return null;
        });

        assertThat(this.<SheetFile>tx(s -> s.sheet(trainer, id))).isEqualTo(new SheetFile(sha, "sheet.pdf", "application/pdf"));
        assertThat(tx(s -> s.detail(trainer, id)).session().hasSheet()).isTrue();
        assertThat(audited).filteredOn(a -> a.action() == AuditAction.TRAINING_SESSION_SHEET_ATTACHED).singleElement()
                .satisfies(a -> assertThat(a.detail()).contains("none -> sheet.pdf").contains(sha));
        assertThat(hashes(references)).containsExactly(sha);
        // a learner of the mission is no trainer of the session: to them it does not exist
        assertThatThrownBy(() -> tx(s -> s.sheet(alice, id))).extracting("key").isEqualTo("session.error.notFound");
    }

    private Set<String> hashes(SessionSheetReferences references) {
        return unit.inTransaction(em -> {
            set(references, "sessions", withEm(new JpaSessionRepository(), em));
            return references.referencedBlobHashes();
        });
    }

    @Test
    void twoPeopleTakingTheLastSeatAtOnceCollideAndOneIsTold() {
        long id = schedule(1);
        EntityManager first = unit.factory().createEntityManager();
        EntityManager second = unit.factory().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            TrainingSessions one = service(first);
            TrainingSessions two = service(second);
            // both read the session with its one free seat before either writes
            first.find(TrainingSession.class, id);
            second.find(TrainingSession.class, id);
            assertThat(one.enrolSelf(alice, id).place()).isEqualTo(Place.SEAT);
            first.getTransaction().commit();

            assertThatThrownBy(() -> two.enrolSelf(bob, id)).isInstanceOf(Conflict.class)
                    .extracting("key").isEqualTo("session.error.changed");
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
        SessionDetail detail = tx(s -> s.detail(trainer, id));
        assertThat(detail.seats()).extracting(e -> e.subject()).containsExactly("sub-alice");
        assertThat(detail.session().seatsTaken()).isEqualTo(1);
        // tried again, the second person is queued
        assertThat(tx(s -> s.enrolSelf(bob, id)).place()).isEqualTo(Place.WAITING);
    }

    @Test
    void aCancellationTellsEveryoneOnTheSessionWithItsReason() {
        long id = schedule(1);
        tx(s -> s.enrolSelf(alice, id));
        tx(s -> s.enrolSelf(bob, id));

        int told = tx(s -> s.cancel(trainer, id, version(id), "Road to Tomping closed"));

        assertThat(told).isEqualTo(2);
        assertThat(this.<List<NoticeView>>tx(s -> s.notices(bob))).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(SessionNotice.Kind.CANCELLED);
            assertThat(n.reason()).isEqualTo("Road to Tomping closed");
            assertThat(n.localStart()).isEqualTo(LocalDateTime.parse("2026-12-01T10:00"));
        });
        assertThat(tx(s -> s.detail(trainer, id)).session().state()).isEqualTo(SessionState.CANCELLED);
        assertThat(audited).extracting(AuditRecord::action).contains(AuditAction.TRAINING_SESSION_CANCELLED);
        assertThatThrownBy(() -> tx(s -> s.cancel(trainer, id, 0, "again"))).isInstanceOf(Conflict.class);
    }

    @Test
    void theListPagesAndSortsInTheDatabaseAndTheCalendarTakesARange() {
        long later = tx(s -> s.schedule(trainer, courseId, "UNMISS",
                new SessionInput(LocalDateTime.parse("2026-12-09T09:00"), 60, "Bor", 10))).id();
        long earlier = schedule(5);
        assertThat(this.<Long>tx(s -> s.count(trainer))).isEqualTo(2);
        assertThat(this.<List<SessionView>>tx(s -> s.page(trainer, SessionOrder.STARTS, true, 0, 10))).extracting(SessionView::id)
                .containsExactly(earlier, later);
        assertThat(this.<List<SessionView>>tx(s -> s.page(trainer, SessionOrder.LOCATION, false, 0, 1))).extracting(SessionView::id)
                .containsExactly(earlier); // "Tomping" after "Bor"
        assertThat(this.<List<SessionView>>tx(s -> s.calendar(trainer, Instant.parse("2026-12-05T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"))))
                .extracting(SessionView::id).containsExactly(later);
        assertThat(this.<List<SessionView>>tx(s -> s.mySessions(alice))).as("open sessions of the learner's mission").hasSize(2);
        assertThat(this.<List<SessionView>>tx(s -> s.mySessions(Callers.person("sub-dan", "MINUSCA")))).isEmpty();
    }
}
