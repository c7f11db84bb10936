package org.peaceops.intranet.training.refresher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;

/** An owed refresher waits for the course that teaches the guidance in force, is assigned once, and is met by it. */
class OwedRefresherTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private final Learner alice = new Learner("sub-alice", "Alice", "UNMISS", "police");
    private Course course;
    private long ids = 1;

    private void setId(Object entity) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, ids++);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private TrainingRecord completes() {
        CourseVersion v = course.currentVersion().orElseThrow();
        v.lessons().forEach(this::setId);
        Set<Long> done = v.lessons().stream().map(Lesson::getId).collect(Collectors.toSet());
        return TrainingRecord.fromLearning(alice, v, done, Optional.empty(), NOW);
    }

    private void publishCiting(int version) {
        course.openDraft().cite(new GuidanceCitation(7, version, "2007.07", "SOP"));
        course.publish(NOW, "trainer");
    }

    @BeforeEach
    void courseOnVersionOne() {
        course = new Course("CONDUCT", "Conduct", null, TrainingPhase.IN_MISSION);
        CourseVersion v = course.openDraft();
        v.addLesson(v.addModule("M"), "L", "<p>x</p>");
        v.cite(new GuidanceCitation(7, 1, "2007.07", "SOP"));
        course.publish(NOW, "trainer");
        setId(course);
    }

    @Test
    void itWaitsForTheCourseThenIsAssignedOnceThenIsMetByTheUpdatedVersion() {
        TrainingRecord old = completes();
        course.markOutOfDate("revised");
        OwedRefresher owed = OwedRefresher.from(old, alice, course, 7, 2, NOW);

        assertThat(owed.getState()).isEqualTo(RefresherState.WAITING_FOR_COURSE);
        assertThat(owed.readyToAssign()).isFalse();
        assertThatThrownBy(() -> owed.assigned(1L, LocalDate.of(2027, 1, 1), "system", NOW))
                .isInstanceOf(IllegalStateException.class);

        publishCiting(2);
        assertThat(owed.courseUpdated(course)).isTrue();
        owed.assigned(1L, LocalDate.of(2027, 2, 18), "trainer", NOW);
        assertThat(owed.getState()).isEqualTo(RefresherState.ASSIGNED);
        assertThat(owed.getDueDate()).contains(LocalDate.of(2027, 2, 18));
        assertThatThrownBy(() -> owed.assigned(2L, LocalDate.of(2027, 3, 1), "trainer", NOW))
                .as("assigned once").isInstanceOf(IllegalStateException.class);

        assertThat(owed.metBy(old, NOW)).as("the old record").isFalse();
        assertThat(owed.metBy(completes(), NOW)).isTrue();
        assertThat(owed.getState()).isEqualTo(RefresherState.COMPLETED);
        assertThat(owed.getState().open()).isFalse();
    }

    @Test
    void aCourseNoLongerCitingTheDocumentTeachesNothingOldAndMeetsTheRefresher() {
        TrainingRecord old = completes();
        course.markOutOfDate("revised");
        OwedRefresher owed = OwedRefresher.from(old, alice, course, 7, 2, NOW);
        course.openDraft().uncite(7);
        course.publish(NOW, "trainer");

        assertThat(owed.courseUpdated(course)).isTrue();
        assertThat(owed.metBy(completes(), NOW)).isTrue();
    }

    @Test
    void theRecordMustCiteAnOlderVersion() {
        TrainingRecord old = completes();
        assertThatThrownBy(() -> OwedRefresher.from(old, alice, course, 7, 1, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(OwedRefresher.from(old, null, course, 7, 2, NOW).getMission()).as("from the record").isEqualTo("UNMISS");
    }
}
