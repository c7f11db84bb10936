package org.peaceops.intranet.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private final Course course = Fixtures.publishedCourse();

    @Test
    void aRuleMadeBeforeSomeoneArrivesReachesThemWithADueDateFromTheirArrival() {
        AssignmentRule rule = Fixtures.setId(new AssignmentRule(course, "UNMISS", "police",
                DueDateRule.daysAfterArrival(30), "trainer", Instant.parse("2026-01-10T08:00:00Z")));

        // Months later a police officer signs in from UNMISS for the first time: 23:30 UTC is already the 2nd in Juba.
        Learner officer = new Learner("sub-1", "Officer One", "UNMISS", "police");
        officer.seen("Officer One", "UNMISS", "police", Instant.parse("2026-03-01T23:30:00Z"));

        assertThat(rule.appliesTo(officer)).isTrue();
        Assignment assignment = rule.assign(officer, Instant.parse("2026-03-01T23:30:00Z"));

        assertThat(officer.getArrivalDate()).contains(LocalDate.of(2026, 3, 2));
        assertThat(assignment.getOrigin()).isEqualTo(AssignmentOrigin.RULE);
        assertThat(assignment.getRuleId()).contains(rule.getId());
        assertThat(assignment.dueDate(officer)).contains(LocalDate.of(2026, 4, 1));
        assertThat(assignment.isOverdue(officer, Instant.parse("2026-04-01T21:59:00Z"))).isFalse();
        assertThat(assignment.isOverdue(officer, Instant.parse("2026-04-01T22:00:00Z")))
                .as("midnight in Juba (UTC+2)").isTrue();
    }

    @Test
    void aRuleReachesOnlyItsMissionAndCategory() {
        AssignmentRule police = new AssignmentRule(course, "UNMISS", "police", DueDateRule.daysAfterArrival(30),
                "trainer", Fixtures.NOW);
        AssignmentRule everyoneInUnmiss = new AssignmentRule(course, "UNMISS", " ", DueDateRule.daysAfterArrival(30),
                "trainer", Fixtures.NOW);

        Learner civilian = new Learner("sub-2", "Civ", "UNMISS", "civilian");
        Learner elsewhere = new Learner("sub-3", "Cop", "MINUSCA", "police");

        assertThat(police.appliesTo(civilian)).isFalse();
        assertThat(police.appliesTo(elsewhere)).isFalse();
        assertThat(everyoneInUnmiss.appliesTo(civilian)).isTrue();
        assertThatThrownBy(() -> police.assign(civilian, Fixtures.NOW)).isInstanceOf(IllegalArgumentException.class);
        police.deactivate();
        assertThat(police.appliesTo(new Learner("sub-4", "Cop", "UNMISS", "police"))).isFalse();
    }

    @Test
    void movingToAnotherMissionIsANewArrival() {
        Learner person = new Learner("sub-5", "P", "UNMISS", "police");
        person.seen("P", "UNMISS", "police", Instant.parse("2026-01-05T10:00:00Z"));
        person.recordDates(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 1));
        person.seen("P", "UNMISS", "police", Instant.parse("2026-02-05T10:00:00Z"));

        assertThat(person.getArrivalDate()).as("same mission: the recorded date stays").contains(LocalDate.of(2026, 1, 3));

        person.seen("P", "MINUSCA", "police", Instant.parse("2026-06-10T10:00:00Z"));

        assertThat(person.getMission()).isEqualTo("MINUSCA");
        assertThat(person.getArrivalDate()).contains(LocalDate.of(2026, 6, 10));
        assertThat(person.getDeploymentDate()).isEmpty();
    }

    @Test
    void beforeTheDeploymentDateOnceItIsKnown() {
        Assignment a = Assignment.byTrainer(course, "sub-6", DueDateRule.daysBeforeDeployment(14), "trainer", Fixtures.NOW);
        Learner person = new Learner("sub-6", "P", "HQ", "civilian");

        assertThat(a.dueDate(person)).isEmpty();
        assertThat(a.isOverdue(person, Instant.parse("2040-01-01T00:00:00Z"))).isFalse();

        person.recordDates(null, LocalDate.of(2027, 3, 1));
        assertThat(a.dueDate(person)).contains(LocalDate.of(2027, 2, 15));
    }

    @Test
    void cancellingNeedsAReasonAndEndsTheAssignment() {
        Assignment a = Assignment.byTrainer(course, "sub-7", DueDateRule.on(LocalDate.of(2026, 12, 1)), "trainer",
                Fixtures.NOW);

        assertThatThrownBy(() -> a.cancel(" ", "trainer", Fixtures.NOW)).isInstanceOf(TrainingRuleException.class);
        assertThat(a.getStatus()).isEqualTo(AssignmentStatus.ACTIVE);

        a.cancel("Repatriated", "trainer", Fixtures.NOW);

        assertThat(a.getStatus()).isEqualTo(AssignmentStatus.CANCELLED);
        assertThat(a.getCancelReason()).isEqualTo("Repatriated");
        assertThat(a.isOverdue(null, Instant.parse("2030-01-01T00:00:00Z"))).as("cancelled is never overdue").isFalse();
        assertThatThrownBy(() -> a.extend(LocalDate.of(2027, 1, 1), "late", null, "trainer"))
                .isInstanceOf(TrainingRuleException.class);
    }

    @Test
    void anExtensionMovesTheDueDateLaterWithAReason() {
        Assignment a = Assignment.byTrainer(course, "sub-8", DueDateRule.on(LocalDate.of(2026, 12, 1)), "trainer",
                Fixtures.NOW);
        Instant december5 = Instant.parse("2026-12-05T12:00:00Z");
        assertThat(a.isOverdue(null, december5)).isTrue();

        assertThatThrownBy(() -> a.extend(LocalDate.of(2026, 11, 30), "earlier", null, "trainer"))
                .isInstanceOf(TrainingRuleException.class);
        assertThatThrownBy(() -> a.extend(LocalDate.of(2027, 1, 15), null, null, "trainer"))
                .isInstanceOf(TrainingRuleException.class);

        a.extend(LocalDate.of(2027, 1, 15), "Medical leave", null, "trainer");

        assertThat(a.dueDate(null)).contains(LocalDate.of(2027, 1, 15));
        assertThat(a.getExtensionReason()).isEqualTo("Medical leave");
        assertThat(a.isOverdue(null, december5)).as("computed again, never stored").isFalse();
    }

    @Test
    void onlyPublishedCoursesAreAssigned() {
        Course draft = new Course("D-1", "Draft", null, TrainingPhase.INDUCTION);

        assertThatThrownBy(() -> Assignment.byTrainer(draft, "s", DueDateRule.daysAfterArrival(30), "t", Fixtures.NOW))
                .isInstanceOf(TrainingRuleException.class);
        assertThatThrownBy(() -> new AssignmentRule(draft, null, null, DueDateRule.daysAfterArrival(30), "t",
                Fixtures.NOW)).isInstanceOf(TrainingRuleException.class);
    }

    @Test
    void completingMeetsTheAssignment() {
        Assignment a = Assignment.byTrainer(course, "sub-9", DueDateRule.on(LocalDate.of(2026, 12, 1)), "trainer",
                Fixtures.NOW);

        a.complete(Fixtures.NOW);

        assertThat(a.getStatus()).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(a.isOverdue(null, Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
    }
}
