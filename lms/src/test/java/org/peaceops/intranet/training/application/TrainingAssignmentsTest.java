package org.peaceops.intranet.training.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.testing.Callers;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentOrigin;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.AssignmentRule;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DueDateRule;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;
import org.peaceops.intranet.training.domain.TrainingPhase;

/** "All police in UNMISS": someone who arrives after the rule was made is assigned at their first sign-in. */
class TrainingAssignmentsTest {

    private final Map<String, Learner> learners = new HashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<AssignmentRule> rules = new ArrayList<>();

    private TrainingAssignments service() {
        TrainingAssignments service = new TrainingAssignments();
        service.learners = Fakes.of(LearnerRepository.class, Map.of(
                "find", a -> Optional.ofNullable(learners.get((String) a[0])),
                "add", a -> learners.put(((Learner) a[0]).getSubject(), (Learner) a[0]),
                "standingChanged", a -> null));
        service.assignments = Fakes.of(AssignmentRepository.class, Map.of(
                "activeRules", a -> List.copyOf(rules),
                "assignedByRule", a -> assignments.stream().anyMatch(x -> x.getLearnerSubject().equals(a[0])
                        && x.getRuleId().orElse(-1L).equals(a[1])),
                "owes", a -> assignments.stream().anyMatch(x -> x.getLearnerSubject().equals(a[0])),
                "add", a -> assignments.add((Assignment) a[0])));
        return service;
    }

    private static Course course() {
        Course course = new Course("IND-1", "Induction", null, TrainingPhase.INDUCTION);
        CourseVersion v = course.openDraft();
        v.addLesson(v.addModule("M"), "L", "<p>x</p>");
        course.publish(Instant.parse("2026-01-01T00:00:00Z"), "trainer");
        Fakes.setId(course, 3);
        return course;
    }

    private static Caller officer(String mission) {
        return Callers.named("officer").subject("sub-officer").displayName("Officer One").at(mission)
                .category(PersonnelCategory.POLICE).build();
    }

    @Test
    void aPoliceOfficerArrivingInUnmissAfterTheRuleIsAssignedOnceWithADueDateFromTheirArrival() {
        AssignmentRule rule = new AssignmentRule(course(), "UNMISS", "police", DueDateRule.daysAfterArrival(30),
                "trainer", Instant.parse("2026-01-10T08:00:00Z"));
        Fakes.setId(rule, 11);
        rules.add(rule);
        TrainingAssignments service = service();

        assertThat(service.learnerSeen(officer("MINUSCA"))).as("not in the rule's mission yet").isZero();
        assertThat(service.learnerSeen(officer("UNMISS"))).isEqualTo(1);
        assertThat(service.learnerSeen(officer("UNMISS"))).as("a second sign-in assigns nothing more").isZero();

        Assignment assignment = assignments.get(0);
        Learner learner = learners.get("sub-officer");
        assertThat(assignment.getOrigin()).isEqualTo(AssignmentOrigin.RULE);
        assertThat(assignment.getRuleId()).contains(11L);
        LocalDate arrival = learner.getArrivalDate().orElseThrow();
        assertThat(assignment.dueDate(learner)).contains(arrival.plusDays(30));
    }

    @Test
    void aCivilianInUnmissIsNotReachedByAPoliceRule() {
        AssignmentRule rule = new AssignmentRule(course(), "UNMISS", "police", DueDateRule.daysAfterArrival(30),
                "trainer", Instant.parse("2026-01-10T08:00:00Z"));
        Fakes.setId(rule, 12);
        rules.add(rule);

        int assigned = service().learnerSeen(Callers.named("civ").subject("sub-civ").displayName("Civ").at("UNMISS").build());

        assertThat(assigned).isZero();
        assertThat(assignments).isEmpty();
        assertThat(learners).containsKey("sub-civ");
    }

    @Test
    void anArrivalATrainerRecordsBringsTheInductionProgrammeAndACorrectionMovesItsDueDates() {
        AssignmentRule rule = new AssignmentRule(course(), "UNMISS", null, DueDateRule.daysAfterArrival(14),
                "trainer", Instant.parse("2026-01-10T08:00:00Z"));
        Fakes.setId(rule, 13);
        rules.add(rule);
        Learner attested = Learner.introduced("UN-000123", "Aïcha Koné", "UNMISS", "police",
                Instant.parse("2026-11-01T08:00:00Z"));
        learners.put(attested.getSubject(), attested);
        TrainingAssignments service = service();
        TrainingAccess access = new TrainingAccess();
        access.access = new org.peaceops.intranet.identity.application.AccessControl();
        service.access = access;
        Caller trainer = Callers.named("trainer").subject("sub-trainer").displayName("Ingrid").at("UNMISS")
                .onlyRoles(Role.TRAINER).category(PersonnelCategory.MILITARY).build();

        assertThat(service.recordDates(trainer, "UN-000123", LocalDate.of(2026, 11, 20), null)).isEqualTo(1);
        assertThat(assignments.get(0).dueDate(attested)).contains(LocalDate.of(2026, 12, 4));

        assertThat(service.recordDates(trainer, "UN-000123", LocalDate.of(2026, 11, 25), null))
                .as("a correction assigns nothing twice").isZero();
        assertThat(assignments).hasSize(1);
        assertThat(assignments.get(0).dueDate(attested)).as("the due date moved with the arrival")
                .contains(LocalDate.of(2026, 12, 9));
    }
}
