package org.peaceops.intranet.training.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.testing.Callers;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.AssignmentRule;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DueDateRule;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;
import org.peaceops.intranet.training.domain.TrainingPhase;

/**
 * A mission's induction programme and a person's arrival: recording it assigns the programme with due
 * dates counted from it, a correction moves them, and only the mission's trainers see or change it.
 */
class InductionProgrammesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final Map<String, Learner> learners = new HashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<AssignmentRule> rules = new ArrayList<>();
    private final List<String> audit = new ArrayList<>();

    private InductionProgrammes service() {
        LearnerRepository learnerRepository = Fakes.of(LearnerRepository.class, Map.of(
                "find", a -> Optional.ofNullable(learners.get((String) a[0])),
                "standingChanged", a -> null));
        AssignmentRepository assignmentRepository = Fakes.of(AssignmentRepository.class, Map.of(
                "activeRules", a -> List.copyOf(rules),
                "ofLearner", a -> assignments.stream().filter(x -> x.getLearnerSubject().equals(a[0])).toList(),
                "assignedByRule", a -> assignments.stream().anyMatch(x -> x.getLearnerSubject().equals(a[0])
                        && x.getRuleId().orElse(-1L).equals(a[1])),
                "owes", a -> assignments.stream().anyMatch(x -> x.getLearnerSubject().equals(a[0])
                        && x.getCourse().getId().equals(a[1])),
                "add", a -> assignments.add((Assignment) a[0])));
        TrainingAccess access = new TrainingAccess();
        access.access = new AccessControl();
        TrainingAssignments training = new TrainingAssignments();
        training.learners = learnerRepository;
        training.assignments = assignmentRepository;
        training.access = access;
        InductionProgrammes service = new InductionProgrammes();
        service.assignments = assignmentRepository;
        service.learners = learnerRepository;
        service.access = access;
        service.training = training;
        service.audit = new AuditTrail() {
            @Override
            public void record(AuditRecord line) {
                audit.add(line.action().name());
            }

            @Override
            public void record(String actor, org.peaceops.intranet.shared.audit.AuditAction action, String type,
                    String id, String detail) {
                audit.add(action.name() + " " + id + " " + detail);
            }
        };
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return service;
    }

    private static Course course(long id, String code) {
        Course course = new Course(code, "Induction " + code, "Induction " + code + " (fr)", TrainingPhase.INDUCTION);
        CourseVersion v = course.openDraft();
        v.addLesson(v.addModule("M"), "L", "<p>x</p>");
        course.publish(Instant.parse("2026-01-01T00:00:00Z"), "trainer");
        Fakes.setId(course, id);
        return course;
    }

    private AssignmentRule rule(long id, Course course, String mission, String category, DueDateRule due) {
        AssignmentRule rule = new AssignmentRule(course, mission, category, due, "trainer", Instant.parse("2026-01-10T08:00:00Z"));
        Fakes.setId(rule, id);
        rules.add(rule);
        return rule;
    }

    private static Caller trainerOf(String mission) {
        return Callers.named("trainer").subject("sub-trainer-" + mission).at(mission).onlyRoles(Role.TRAINER)
                .category(PersonnelCategory.CIVILIAN).build();
    }

    private Learner arrived(String subject, String mission, String category) {
        Learner learner = Learner.introduced(subject, "Aïcha Koné", mission, category, Instant.parse("2026-11-01T08:00:00Z"));
        learners.put(subject, learner);
        return learner;
    }

    @Test
    void theProgrammeIsTheMissionsArrivalRelativeRulesSoonestFirst() {
        rule(1, course(10, "IND-SEC"), "UNMISS", null, DueDateRule.daysAfterArrival(30));
        rule(2, course(11, "IND-WELCOME"), null, null, DueDateRule.daysAfterArrival(7));
        rule(3, course(12, "IND-MINUSCA"), "MINUSCA", null, DueDateRule.daysAfterArrival(5));
        rule(4, course(13, "ABS"), "UNMISS", null, DueDateRule.on(LocalDate.of(2027, 1, 1)));

        assertThat(service().programme(trainerOf("UNMISS"), "UNMISS")).extracting(InductionStep::courseCode, InductionStep::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IND-WELCOME", 7),
                        org.assertj.core.groups.Tuple.tuple("IND-SEC", 30));
        assertThatThrownBy(() -> service().programme(trainerOf("UNMISS"), "MINUSCA")).isInstanceOf(AccessDenied.class);
        assertThat(service().programme(trainerOf("UNMISS"), " ")).as("no mission: the trainer's own").hasSize(2);
        assertThat(service().programme(trainerOf("HQ"), null)).as("headquarters: the rules for every mission")
                .extracting(InductionStep::courseCode).containsExactly("IND-WELCOME");
        assertThatThrownBy(() -> service().programme(Callers.named("reader").at("UNMISS").build(), null))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void recordingAnArrivalAssignsTheProgrammeAndACorrectionMovesEveryDueDate() {
        rule(1, course(10, "IND-SEC"), "UNMISS", null, DueDateRule.daysAfterArrival(30));
        rule(2, course(11, "IND-POLICE"), "UNMISS", "police", DueDateRule.daysAfterArrival(14));
        arrived("UN-1", "UNMISS", "civilian");
        InductionProgrammes service = service();

        LearnerInduction before = service.learner(trainerOf("UNMISS"), "UN-1");
        assertThat(before.items()).as("the police course does not reach a civilian").hasSize(1);
        assertThat(before.items().get(0).standing()).isEqualTo(LearnerInduction.Standing.NOT_ASSIGNED);

        LearnerInduction recorded = service.recordArrival(trainerOf("UNMISS"), "UN-1", LocalDate.of(2026, 11, 20));
        assertThat(recorded.learner().arrivalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(recorded.items()).singleElement().satisfies(item -> {
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 12, 20));
            assertThat(item.standing()).isEqualTo(LearnerInduction.Standing.DUE);
        });

        LearnerInduction corrected = service.recordArrival(trainerOf("UNMISS"), "UN-1", LocalDate.of(2026, 10, 1));
        assertThat(assignments).as("a correction assigns nothing twice").hasSize(1);
        assertThat(corrected.items()).singleElement().satisfies(item -> {
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(item.standing()).as("due on 31 October, it is 1 December").isEqualTo(LearnerInduction.Standing.OVERDUE);
        });
        assertThat(audit).containsExactly("TRAINING_ARRIVAL_RECORDED UN-1 arrival none -> 2026-11-20, 1 assigned",
                "TRAINING_ARRIVAL_RECORDED UN-1 arrival 2026-11-20 -> 2026-10-01, 0 assigned");
    }

    @Test
    void anotherMissionsTrainerFindsNobodyAndABadDateIsRefusedWithNothingChanged() {
        rule(1, course(10, "IND-SEC"), "UNMISS", null, DueDateRule.daysAfterArrival(30));
        Learner learner = arrived("UN-1", "UNMISS", "civilian");
        InductionProgrammes service = service();

        assertThatThrownBy(() -> service.learner(trainerOf("MINUSCA"), "UN-1")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.recordArrival(trainerOf("MINUSCA"), "UN-1", LocalDate.of(2026, 11, 20)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.recordArrival(trainerOf("UNMISS"), "UN-1", null)).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> service.recordArrival(trainerOf("UNMISS"), "UN-1", LocalDate.of(2028, 1, 1)))
                .isInstanceOf(RuleBroken.class);
        assertThat(learner.getArrivalDate()).isEmpty();
        assertThat(assignments).isEmpty();
        assertThat(audit).isEmpty();
    }
}
