package org.peaceops.intranet.training.refresher.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.intranet.training.refresher.application.TrainingWorld.NOW;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.testing.Callers;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentOrigin;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DueDateRule;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.refresher.domain.OwedRefresher;
import org.peaceops.intranet.training.refresher.domain.RefresherState;

/**
 * Refreshers follow the updated course, in both modes of {@code intranet.training.refresher-mode}: the
 * revision records exactly the people trained on the old version (nobody else, once), and the
 * assignments are made when the updated course is published (automatic) or when a trainer confirms.
 */
class RefreshersTest {

    private static final long SOP = 7;
    private static final long OTHER_GUIDANCE = 8;

    private final TrainingWorld world = new TrainingWorld();
    private Course conduct;
    private Course logistics;
    private final Learner alice = new Learner("sub-alice", "Alice", "UNMISS", "police");
    private final Learner bob = new Learner("sub-bob", "Bob", "MINUSCA", "military");
    private final Learner carol = new Learner("sub-carol", "Carol", "UNMISS", "civilian");
    private final Learner dave = new Learner("sub-dave", "Dave", "UNMISS", "civilian");

    private long lessonIds = 1;

    private Course course(long id, String code, long document, int version) {
        Course course = new Course(code, code + " course", null, TrainingPhase.IN_MISSION);
        CourseVersion v = course.openDraft();
        v.addLesson(v.addModule("M"), "L", "<p>x</p>");
        v.cite(new GuidanceCitation(document, version, "2007.0" + document, "Guidance " + document));
        course.publish(NOW.minusSeconds(86_400 * 30), "hq-trainer");
        TrainingWorld.setId(course, id);
        world.courses.put(id, course);
        return course;
    }

    /** The person completes the course's current version. */
    private TrainingRecord completes(Learner learner, Course course) {
        CourseVersion current = course.currentVersion().orElseThrow();
        current.lessons().forEach(l -> TrainingWorld.setId(l, lessonIds++));
        Set<Long> done = current.lessons().stream().map(l -> l.getId()).collect(java.util.stream.Collectors.toSet());
        TrainingRecord record = TrainingRecord.fromLearning(learner, current, done, Optional.empty(), NOW.minusSeconds(86_400));
        world.records.add(record);
        return record;
    }

    /** The trainer cites the version in force and publishes the next version of the course. */
    private void updateAndPublish(Refreshers service, Course course, int version) {
        CourseVersion draft = course.openDraft();
        draft.cite(new GuidanceCitation(SOP, version, "2007.07", "Guidance 7"));
        course.publish(NOW, "trainer");
        service.coursePublished(course, "trainer");
    }

    /** What CourseRevisions does on a promulgation: flag, then record who owes. */
    private int revise(Refreshers service, long document, int version) {
        world.courses.values().stream().filter(c -> c.currentVersion().orElseThrow().getCitations().stream()
                .anyMatch(x -> x.citesOlderThan(document, version))).forEach(c -> c.markOutOfDate("revised"));
        return service.owedAfterRevision(document, version);
    }

    @BeforeEach
    void trainedPeople() {
        conduct = course(5, "CONDUCT", SOP, 1);
        logistics = course(6, "LOGISTICS", OTHER_GUIDANCE, 1);
        for (Learner l : new Learner[] {alice, bob, carol, dave}) {
            world.learners.put(l.getSubject(), l);
        }
        completes(alice, conduct);
        completes(alice, conduct); // twice: still one refresher
        completes(bob, conduct);
        completes(carol, logistics); // trained on other guidance
        // Dave is assigned the course but never completed it: nothing old to refresh
        world.assignments.add(Assignment.byTrainer(conduct, dave.getSubject(), DueDateRule.on(LocalDate.of(2027, 1, 1)),
                "trainer", NOW));
    }

    @Test
    void automaticModeRecordsTheOldVersionAtTheRevisionAndAssignsWhenTheUpdatedCourseIsPublished() {
        Refreshers service = world.service("automatic");

        assertThat(revise(service, SOP, 2)).isEqualTo(2);

        assertThat(world.open()).containsExactlyInAnyOrder("sub-alice:WAITING_FOR_COURSE", "sub-bob:WAITING_FOR_COURSE");
        assertThat(world.owed).allSatisfy(o -> {
            assertThat(o.getCitedVersion()).isEqualTo(1);
            assertThat(o.getRevisedVersion()).isEqualTo(2);
            assertThat(o.getTrainedVersion()).isEqualTo(1);
            assertThat(o.getDueDate()).as("not assigned yet").isEmpty();
        });
        assertThat(world.assignments).as("only Dave's, made by a trainer").hasSize(1);

        updateAndPublish(service, conduct, 2);

        assertThat(world.open()).containsExactlyInAnyOrder("sub-alice:ASSIGNED", "sub-bob:ASSIGNED");
        assertThat(world.assignments.stream().filter(a -> a.getOrigin() == AssignmentOrigin.GUIDANCE_REVISED)
                .map(Assignment::getLearnerSubject)).containsExactlyInAnyOrder("sub-alice", "sub-bob");
        LocalDate due = LocalDate.of(2026, 11, 20).plusDays(90);
        assertThat(world.owed).allSatisfy(o -> assertThat(o.getDueDate()).contains(due));
        assertThat(world.assignments.stream().filter(a -> a.getOrigin() == AssignmentOrigin.GUIDANCE_REVISED))
                .allSatisfy(a -> assertThat(a.dueDate(alice)).contains(due));
    }

    @Test
    void confirmModeAssignsOnlyWhenATrainerConfirmsAndOnlyForTheMissionsTheyManage() {
        Refreshers service = world.service("confirm");
        revise(service, SOP, 2);
        updateAndPublish(service, conduct, 2);

        assertThat(world.open()).containsExactlyInAnyOrder("sub-alice:WAITING_FOR_CONFIRMATION",
                "sub-bob:WAITING_FOR_CONFIRMATION");
        assertThat(world.assignments).as("nothing assigned before a trainer confirms").hasSize(1);

        Caller unmissTrainer = Callers.person("sub-trainer", "UNMISS", Role.TRAINER);
        assertThat(service.confirm(unmissTrainer, conduct.getId())).isEqualTo(1);
        assertThat(world.open()).containsExactlyInAnyOrder("sub-alice:ASSIGNED", "sub-bob:WAITING_FOR_CONFIRMATION");
        assertThat(world.audit).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo(AuditAction.TRAINING_REFRESHERS_CONFIRMED);
            assertThat(line.actorSubject()).isEqualTo("sub-trainer");
            assertThat(line.targetId()).isEqualTo("5");
            assertThat(line.detail()).contains("CONDUCT").contains("1 refresher");
        });

        assertThat(service.confirm(Callers.person("sub-admin", Caller.HEADQUARTERS, Role.ADMIN), conduct.getId())).isEqualTo(1);
        assertThat(world.open()).containsExactlyInAnyOrder("sub-alice:ASSIGNED", "sub-bob:ASSIGNED");
        assertThat(world.assignments.stream().filter(a -> a.getOrigin() == AssignmentOrigin.GUIDANCE_REVISED)
                .map(Assignment::getLearnerSubject)).containsExactlyInAnyOrder("sub-alice", "sub-bob");
        assertThat(world.owed.stream().filter(o -> o.getLearnerSubject().equals("sub-alice")).findFirst().orElseThrow()
                .getAssignedBy()).isEqualTo("sub-trainer");
    }

    @Test
    void confirmingIsForTrainers() {
        Refreshers service = world.service("confirm");
        revise(service, SOP, 2);
        updateAndPublish(service, conduct, 2);

        assertThatThrownBy(() -> service.confirm(Callers.person("sub-reader", "UNMISS"), conduct.getId()))
                .isInstanceOf(AccessDenied.class);
        assertThat(world.open()).allMatch(s -> s.endsWith("WAITING_FOR_CONFIRMATION"));
        assertThat(world.audit).isEmpty();
    }

    @Test
    void aSecondRevisionBeforeTheCourseIsUpdatedOwesNobodyTwice() {
        Refreshers service = world.service("automatic");
        revise(service, SOP, 2);

        assertThat(revise(service, SOP, 3)).isZero();

        assertThat(world.owed).hasSize(2);
        updateAndPublish(service, conduct, 3);
        assertThat(world.assignments.stream().filter(a -> a.getOrigin() == AssignmentOrigin.GUIDANCE_REVISED)).hasSize(2);
    }

    @Test
    void aRefresherIsMetByTheUpdatedCourseAndTheNextRevisionOwesItAgainOnlyToThoseWhoTookIt() {
        Refreshers service = world.service("automatic");
        revise(service, SOP, 2);
        updateAndPublish(service, conduct, 2);
        TrainingRecord refreshed = completes(alice, conduct);
        OwedRefresher alices = world.of("sub-alice").get(0);

        assertThat(alices.metBy(refreshed, NOW)).isTrue();
        assertThat(alices.getState()).isEqualTo(RefresherState.COMPLETED);

        // Bob still owes the v2 refresher; Alice, trained on v2 now, owes the v3 one.
        assertThat(revise(service, SOP, 3)).isEqualTo(1);
        assertThat(world.of("sub-alice")).hasSize(2);
        assertThat(world.of("sub-alice").get(1).getCitedVersion()).isEqualTo(2);
        assertThat(world.of("sub-alice").get(1).getTrainedVersion()).isEqualTo(2);
        assertThat(world.of("sub-bob")).hasSize(1);
    }

    @Test
    void completingTheOldVersionAgainDoesNotMeetTheRefresher() {
        Refreshers service = world.service("automatic");
        revise(service, SOP, 2);
        TrainingRecord again = completes(alice, conduct); // the course still teaches version 1

        assertThat(world.of("sub-alice").get(0).metBy(again, NOW)).isFalse();
        assertThat(world.of("sub-alice").get(0).getState()).isEqualTo(RefresherState.WAITING_FOR_COURSE);
    }

    @Test
    void aNewVersionStillCitingTheOldTextLeavesTheRefresherWaitingAndDoesNotMeetIt() {
        Refreshers service = world.service("automatic");
        revise(service, SOP, 2);
        conduct.openDraft().rewriteLesson(conduct.draft().orElseThrow().lessons().get(0), "L", "<p>typo fixed</p>");
        conduct.publish(NOW, "trainer"); // clears the flag, but still cites version 1

        assertThat(service.coursePublished(conduct, "trainer")).isZero();
        assertThat(world.open()).containsExactlyInAnyOrder("sub-alice:WAITING_FOR_COURSE", "sub-bob:WAITING_FOR_COURSE");
        TrainingRecord v2 = completes(alice, conduct);
        assertThat(world.of("sub-alice").get(0).metBy(v2, NOW)).as("v2 still teaches guidance v1").isFalse();
    }

    @Test
    void aCourseAlreadyTeachingTheNewVersionIsReadyAtOnce() {
        Refreshers automatic = world.service("automatic");
        // the trainer updated the course to cite version 2 before it was promulgated
        CourseVersion draft = conduct.openDraft();
        draft.cite(new GuidanceCitation(SOP, 2, "2007.07", "Guidance 7"));
        conduct.publish(NOW, "trainer");

        assertThat(revise(automatic, SOP, 2)).isEqualTo(2);

        assertThat(conduct.isOutOfDate()).isFalse();
        assertThat(world.open()).containsExactlyInAnyOrder("sub-alice:ASSIGNED", "sub-bob:ASSIGNED");
    }

    @Test
    void someoneWhoAlreadyOwesTheCourseGetsNoSecondAssignment() {
        Refreshers service = world.service("automatic");
        world.assignments.add(Assignment.byTrainer(conduct, alice.getSubject(), DueDateRule.on(LocalDate.of(2027, 2, 1)),
                "trainer", NOW));
        revise(service, SOP, 2);
        updateAndPublish(service, conduct, 2);

        assertThat(world.assignments.stream().filter(a -> a.getLearnerSubject().equals("sub-alice"))).hasSize(1);
        assertThat(world.of("sub-alice").get(0).getState()).isEqualTo(RefresherState.ASSIGNED);
        assertThat(world.of("sub-alice").get(0).getDueDate()).contains(LocalDate.of(2027, 2, 1));
    }

    @Test
    void theModeIsAutomaticOrConfirm() {
        assertThat(world.service("Confirm").mode().name()).isEqualTo("CONFIRM");
        assertThatThrownBy(() -> world.service("later").mode()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("automatic or confirm");
    }
}
