package org.peaceops.intranet.training.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.application.AccessDeniedException;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.testing.Callers;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DeliveryMode;
import org.peaceops.intranet.training.domain.DueDateRule;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;
import org.peaceops.intranet.training.domain.RecordRepository;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.refresher.domain.OwedRefresherRepository;
import org.peaceops.intranet.training.domain.TrainingRuleException;

/**
 * Records a trainer makes by hand: never for themself, only for courses of their mission or of
 * headquarters, and each one in the audit trail.
 */
class TrainingIntegrityTest {

    private final Map<String, Learner> learners = new HashMap<>();
    private final Map<Long, Course> courses = new HashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<TrainingRecord> records = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final List<String> standingChanged = new ArrayList<>();

    private final Caller unmissTrainer = person("sub-trainer", Role.TRAINER, "UNMISS");
    private final Caller hqTrainer = person("sub-hq", Role.TRAINER, Caller.HEADQUARTERS);

    TrainingIntegrityTest() {
        learner("sub-trainer", "UNMISS");
        learner("sub-officer", "UNMISS");
        course(1, Caller.HEADQUARTERS);
        course(2, "MINUSCA");
        course(3, "UNMISS");
    }

    @Test
    void aTrainerCannotRecordTheirOwnAttendanceNorIssueThemselfACertificate() {
        assertThatThrownBy(() -> records().recordAttendance(unmissTrainer, 3, List.of("sub-trainer")))
                .isInstanceOf(TrainingRuleException.class)
                .satisfies(e -> assertThat(((TrainingRuleException) e).key()).isEqualTo("training.error.ownRecord"));
        assertThat(records).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void anotherMissionsCourseIsRefusedEvenForPeopleOfTheTrainersMission() {
        assertThatThrownBy(() -> records().recordAttendance(unmissTrainer, 2, List.of("sub-officer")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments().assignPeople(unmissTrainer, 2, List.of("sub-officer"),
                new DueDateInput(DueDateRule.Kind.ABSOLUTE, LocalDate.of(2027, 1, 31), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(records).isEmpty();
        assertThat(assignments).isEmpty();
    }

    @Test
    void headquartersAndOwnMissionCoursesAreOpenAndHeadquartersTrainersReachEveryCourse() {
        assertThat(records().recordAttendance(unmissTrainer, 1, List.of("sub-officer"))).isEqualTo(1);
        assertThat(records().recordAttendance(unmissTrainer, 3, List.of("sub-officer"))).isEqualTo(1);
        assertThat(records().recordAttendance(hqTrainer, 2, List.of("sub-officer"))).isEqualTo(1);
        assertThat(records).hasSize(3);
    }

    @Test
    void recordedAttendanceIsAuditedWithWhoForWhomAndWhichCourse() {
        records().recordAttendance(unmissTrainer, 3, List.of("sub-officer"));
        assertThat(audited).singleElement().asString()
                .startsWith("sub-trainer TRAINING_ATTENDANCE_RECORDED course:3 ")
                .contains("sub-officer").contains("UNMISS").contains("C3 v1").contains("certificate");
    }

    @Test
    void cancellingAndExtendingAreAuditedWithBeforeAndAfterAndNeverForOneself() {
        Assignment officer = assign(courses.get(3L), "sub-officer", 41);
        Assignment own = assign(courses.get(3L), "sub-trainer", 42);
        TrainingAssignments service = assignments();

        service.extend(unmissTrainer, 41, LocalDate.of(2027, 3, 1), "Deployment delayed");
        assertThat(audited).last().asString()
                .startsWith("sub-trainer TRAINING_ASSIGNMENT_EXTENDED assignment:41 ")
                .contains("due 2027-01-31 -> 2027-03-01").contains("Deployment delayed");
        service.cancel(unmissTrainer, 41, "Repatriated");
        assertThat(audited).last().asString()
                .startsWith("sub-trainer TRAINING_ASSIGNMENT_CANCELLED assignment:41 ")
                .contains("ACTIVE -> CANCELLED").contains("Repatriated");

        assertThatThrownBy(() -> service.extend(unmissTrainer, 42, LocalDate.of(2027, 3, 1), "Busy"))
                .isInstanceOf(TrainingRuleException.class).hasMessageContaining("own assignment");
        assertThatThrownBy(() -> service.cancel(unmissTrainer, 42, "Busy"))
                .isInstanceOf(TrainingRuleException.class).hasMessageContaining("own assignment");
        assertThat(own.getExtendedTo()).isEmpty();
        assertThat(audited).hasSize(2);
        assertThat(officer.getStatus().name()).isEqualTo("CANCELLED");
        // the dashboards' standing of the person follows both changes, and nobody else's
        assertThat(standingChanged).containsExactly("sub-officer", "sub-officer");
    }

    @Test
    void anAssignmentOfAnotherMissionsCourseIsNotTheTrainersToCancel() {
        assign(courses.get(2L), "sub-officer", 43);
        assertThatThrownBy(() -> assignments().cancel(unmissTrainer, 43, "Repatriated"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited).isEmpty();
    }

    private Assignment assign(Course course, String subject, long id) {
        Assignment a = Assignment.byTrainer(course, subject, DueDateRule.on(LocalDate.of(2027, 1, 31)), "sub-hq",
                Instant.parse("2026-11-01T08:00:00Z"));
        Fakes.setId(a, id);
        assignments.add(a);
        return a;
    }

    private TrainingRecords records() {
        TrainingRecords service = new TrainingRecords();
        service.courses = courseRepository();
        service.learners = learnerRepository();
        service.access = access();
        service.audit = audit();
        Completions completions = new Completions();
        completions.records = Fakes.of(RecordRepository.class, Map.of(
                "add", a -> {
                    if (a[0] instanceof TrainingRecord r) {
                        records.add(r);
                    } else {
                        Fakes.setId(a[0], 500 + records.size());
                    }
                    return null;
                }));
        completions.assignments = Fakes.of(AssignmentRepository.class, Map.of(
                "ofLearner", a -> assignments.stream().filter(x -> x.getLearnerSubject().equals(a[0])).toList()));
        completions.owedRefreshers = Fakes.of(OwedRefresherRepository.class, Map.of("openOf", a -> List.of()));
        service.completions = completions;
        return service;
    }

    private TrainingAssignments assignments() {
        TrainingAssignments service = new TrainingAssignments();
        service.courses = courseRepository();
        service.learners = learnerRepository();
        service.access = access();
        service.audit = audit();
        service.assignments = Fakes.of(AssignmentRepository.class, Map.of(
                "find", a -> assignments.stream().filter(x -> x.getId() == (long) a[0]).findFirst(),
                "owes", a -> false,
                "add", a -> assignments.add((Assignment) a[0])));
        return service;
    }

    private CourseRepository courseRepository() {
        return Fakes.of(CourseRepository.class, Map.of("find", a -> Optional.ofNullable(courses.get((Long) a[0]))));
    }

    private LearnerRepository learnerRepository() {
        return Fakes.of(LearnerRepository.class, Map.of(
                "find", a -> Optional.ofNullable(learners.get((String) a[0])),
                "findAll", a -> ((List<?>) a[0]).stream().map(learners::get).toList(),
                "standingChanged", a -> standingChanged.add((String) a[0])));
    }

    private static TrainingAccess access() {
        TrainingAccess access = new TrainingAccess();
        access.access = new AccessControl();
        return access;
    }

    private AuditTrail audit() {
        return new AuditTrail() {
            @Override
            public void record(AuditRecord line) {
                record(line.actorSubject(), line.action(), line.targetType(), line.targetId(), line.detail());
            }

            @Override
            public void record(String actor, AuditAction action, String type, String id, String detail) {
                audited.add(actor + " " + action + " " + type + ":" + id + " " + detail);
            }
        };
    }

    private void learner(String subject, String mission) {
        learners.put(subject, new Learner(subject, subject + " name", mission, "police"));
    }

    private void course(long id, String scope) {
        Course course = new Course("C" + id, "Course " + id, null, TrainingPhase.INDUCTION);
        course.describe("Course " + id, null, null, null, TrainingPhase.INDUCTION, null, 60, DeliveryMode.CLASSROOM, 24);
        course.ownedBy("sub-hq", scope);
        CourseVersion v = course.openDraft();
        v.addLesson(v.addModule("M"), "L", "<p>x</p>");
        course.publish(Instant.parse("2026-01-01T00:00:00Z"), "sub-hq");
        Fakes.setId(course, id);
        courses.put(id, course);
    }

    private static Caller person(String subject, Role role, String mission) {
        return Callers.person(subject, mission, role);
    }
}
