package org.peaceops.intranet.training.refresher.infrastructure;

import static org.peaceops.intranet.testing.Fields.withEm;
import static org.peaceops.intranet.testing.Fields.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentOrigin;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseOrder;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.infrastructure.JpaAssignmentRepository;
import org.peaceops.intranet.training.infrastructure.JpaCourseRepository;
import org.peaceops.intranet.training.infrastructure.JpaLearnerRepository;
import org.peaceops.intranet.training.infrastructure.JpaRecordRepository;
import org.peaceops.intranet.training.refresher.application.Refreshers;
import org.peaceops.intranet.training.refresher.domain.OwedFilter;
import org.peaceops.intranet.training.refresher.domain.OwedOrder;
import org.peaceops.intranet.training.refresher.domain.OwedRefresher;
import org.peaceops.intranet.training.refresher.domain.OwedRefresherRepository.CourseAwaiting;
import org.peaceops.intranet.training.refresher.domain.RefresherState;

/**
 * Owed refreshers on the Flyway schema in H2 (PostgreSQL mode) with EclipseLink: the refresher service
 * with the real JPA repositories records exactly the people trained on the old version and assigns them
 * when the updated course is published; the list pages, filters and sorts in the database.
 */
class RefresherPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;
    private long courseId;

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, "training", "training", "WARNING");
    }

    @AfterEach
    void close() {
        unit.close();
    }

    private <T> T tx(Function<EntityManager, T> work) {
        return unit.inTransaction(work);
    }

    private static JpaOwedRefresherRepository owed(EntityManager em) {
        JpaOwedRefresherRepository r = new JpaOwedRefresherRepository();
        r.em = em;
        return r;
    }

    private Refreshers service(EntityManager em, String mode) {
        Refreshers service = new Refreshers();
        set(service, "owed", owed(em));
        set(service, "courses", withEm(new JpaCourseRepository(), em));
        set(service, "records", withEm(new JpaRecordRepository(), em));
        set(service, "learners", withEm(new JpaLearnerRepository(), em));
        set(service, "assignments", withEm(new JpaAssignmentRepository(), em));
        set(service, "refresherDays", 90);
        set(service, "mode", mode);
        set(service, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        return service;
    }

    /** A published course citing guidance 7 v1; Alice and Bob completed it; Carol completed another course. */
    @BeforeEach
    void trainedPeople() {
        courseId = tx(em -> {
            Course course = course(em, "CONDUCT", 7);
            Course other = course(em, "LOGISTICS", 8);
            Learner alice = new Learner("sub-alice", "Alice", "UNMISS", "police");
            Learner bob = new Learner("sub-bob", "Bob", "MINUSCA", "military");
            Learner carol = new Learner("sub-carol", "Carol", "UNMISS", "civilian");
            for (Learner l : List.of(alice, bob, carol)) {
                l.seen(l.getDisplayName(), l.getMission(), l.getCategory(), NOW);
                em.persist(l);
            }
            em.flush();
            complete(em, alice, course);
            complete(em, bob, course);
            complete(em, carol, other);
            return course.getId();
        });
    }

    private static Course course(EntityManager em, String code, long document) {
        Course course = new Course(code, code + " course", null, TrainingPhase.IN_MISSION);
        course.ownedBy("trainer", "HQ");
        em.persist(course);
        CourseVersion v = course.openDraft();
        v.addLesson(v.addModule("M"), "L", "<p>x</p>");
        v.cite(new GuidanceCitation(document, 1, "2007.0" + document, "Guidance " + document));
        course.publish(NOW.minusSeconds(86_400 * 60), "trainer");
        em.flush();
        return course;
    }

    private static void complete(EntityManager em, Learner learner, Course course) {
        CourseVersion v = course.currentVersion().orElseThrow();
        Set<Long> done = v.lessons().stream().map(Lesson::getId).collect(Collectors.toSet());
        em.persist(TrainingRecord.fromLearning(learner, v, done, Optional.empty(), NOW.minusSeconds(86_400)));
    }

    private void revise(String mode, int version) {
        tx(em -> {
            Course course = em.find(Course.class, courseId);
            if (course.currentVersion().orElseThrow().getCitations().get(0).citesOlderThan(7, version)) {
                course.markOutOfDate("Guidance 7 version " + version + " is in force");
            }
            return service(em, mode).owedAfterRevision(7, version);
        });
    }

    private void publishUpdate(String mode, int version) {
        tx(em -> {
            Course course = em.find(Course.class, courseId);
            course.openDraft().cite(new GuidanceCitation(7, version, "2007.07", "Guidance 7"));
            course.publish(NOW, "trainer");
            return service(em, mode).coursePublished(course, "trainer");
        });
    }

    private List<OwedRefresher> all() {
        return tx(em -> em.createQuery("select o from OwedRefresher o order by o.learnerName", OwedRefresher.class)
                .getResultList());
    }

    private List<Assignment> refresherAssignments() {
        return tx(em -> em.createQuery("select a from Assignment a where a.origin = :o", Assignment.class)
                .setParameter("o", AssignmentOrigin.GUIDANCE_REVISED).getResultList());
    }

    @Test
    void theRevisionRecordsExactlyThePeopleTrainedOnTheOldVersionAndThePublicationAssignsThem() {
        revise("automatic", 2);

        assertThat(all()).extracting(OwedRefresher::getLearnerSubject).containsExactly("sub-alice", "sub-bob");
        assertThat(all()).allSatisfy(o -> {
            assertThat(o.getState()).isEqualTo(RefresherState.WAITING_FOR_COURSE);
            assertThat(o.getCitedVersion()).isEqualTo(1);
            assertThat(o.getTrainedVersion()).isEqualTo(1);
            assertThat(o.getReferenceNumber()).isEqualTo("2007.07");
        });
        assertThat(refresherAssignments()).isEmpty();
        assertThat(this.<Long>tx(em -> em.createQuery("select count(c) from Course c where c.outOfDate = true", Long.class)
                .getSingleResult())).isEqualTo(1L);

        revise("automatic", 3);
        assertThat(all()).as("a second revision owes nobody twice").hasSize(2);

        publishUpdate("automatic", 3);

        assertThat(all()).allSatisfy(o -> {
            assertThat(o.getState()).isEqualTo(RefresherState.ASSIGNED);
            assertThat(o.getDueDate()).contains(LocalDate.of(2026, 11, 20).plusDays(90));
            assertThat(o.getAssignmentId()).isPresent();
        });
        assertThat(refresherAssignments()).extracting(Assignment::getLearnerSubject)
                .containsExactlyInAnyOrder("sub-alice", "sub-bob");
    }

    @Test
    void inConfirmModeThePublicationLeavesThemWaitingForATrainer() {
        revise("confirm", 2);
        publishUpdate("confirm", 2);

        assertThat(all()).extracting(OwedRefresher::getState).containsOnly(RefresherState.WAITING_FOR_CONFIRMATION);
        assertThat(refresherAssignments()).isEmpty();
        List<CourseAwaiting> waiting = tx(em -> owed(em).awaitingConfirmation(List.of()));
        assertThat(waiting).singleElement().satisfies(c -> {
            assertThat(c.courseId()).isEqualTo(courseId);
            assertThat(c.courseCode()).isEqualTo("CONDUCT");
            assertThat(c.people()).isEqualTo(2);
        });
        assertThat(this.<List<CourseAwaiting>>tx(em -> owed(em).awaitingConfirmation(List.of("UNMISS")))).singleElement()
                .satisfies(c -> assertThat(c.people()).isEqualTo(1));
        assertThat(this.<List<OwedRefresher>>tx(em -> owed(em).ofCourse(courseId, RefresherState.WAITING_FOR_CONFIRMATION, List.of("MINUSCA"))))
                .extracting(OwedRefresher::getLearnerSubject).containsExactly("sub-bob");
    }

    @Test
    void theListPagesFiltersAndSortsInTheDatabase() {
        revise("automatic", 2);

        OwedFilter everyone = new OwedFilter(List.of(), null, null);
        assertThat(this.<Long>tx(em -> owed(em).count(everyone))).isEqualTo(2);
        assertThat(this.<List<OwedRefresher>>tx(em -> owed(em).page(everyone, OwedOrder.NAME, false, 0, 10)))
                .extracting(OwedRefresher::getLearnerName).containsExactly("Bob", "Alice");
        assertThat(this.<List<OwedRefresher>>tx(em -> owed(em).page(everyone, OwedOrder.MISSION, true, 1, 1)))
                .extracting(OwedRefresher::getMission).containsExactly("UNMISS");
        OwedFilter unmiss = new OwedFilter(List.of("UNMISS"), null, null);
        assertThat(this.<List<OwedRefresher>>tx(em -> owed(em).page(unmiss, OwedOrder.DUE, true, 0, 10)))
                .extracting(OwedRefresher::getLearnerSubject).containsExactly("sub-alice");
        assertThat(this.<Long>tx(em -> owed(em).count(new OwedFilter(List.of(), "MINUSCA", "military")))).isEqualTo(1);
        assertThat(this.<Long>tx(em -> owed(em).count(new OwedFilter(List.of(), null, "civilian")))).isZero();
        assertThat(this.<Set<String>>tx(em -> owed(em).openKeys(List.of(courseId)))).containsExactlyInAnyOrder(
                "sub-alice/" + courseId, "sub-bob/" + courseId);
        assertThat(this.<Set<String>>tx(em -> withEm(new JpaRecordRepository(), em).trainedOnAtLeast(7, 1)))
                .containsExactlyInAnyOrder("sub-alice/" + courseId, "sub-bob/" + courseId);
        assertThat(this.<Set<String>>tx(em -> withEm(new JpaRecordRepository(), em).trainedOnAtLeast(7, 2))).isEmpty();

        JpaCourseRepository courses = new JpaCourseRepository();
        assertThat(this.<List<Course>>tx(em -> withEm(courses, em).outOfDate(List.of(), CourseOrder.TITLE, true, 0, 10)))
                .extracting(Course::getCode).containsExactly("CONDUCT");
        assertThat(this.<Long>tx(em -> withEm(courses, em).countOutOfDate(List.of("HQ")))).isEqualTo(1);
        assertThat(this.<Long>tx(em -> withEm(courses, em).countOutOfDate(List.of("UNMISS")))).isZero();
    }

    @Test
    void theSameRevisionCannotBeOwedTwiceEvenBehindTheServicesBack() {
        revise("automatic", 2);
        OwedRefresher first = all().get(0);

        assertThatThrownBy(() -> tx(em -> {
            TrainingRecord record = em.createQuery("select r from TrainingRecord r where r.learnerSubject = :s",
                    TrainingRecord.class).setParameter("s", first.getLearnerSubject()).getSingleResult();
            owed(em).add(OwedRefresher.from(record, null, em.find(Course.class, courseId), 7, 2, NOW));
            em.flush();
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(all()).hasSize(2);
    }
}
