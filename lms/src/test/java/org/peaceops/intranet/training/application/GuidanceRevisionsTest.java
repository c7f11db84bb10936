package org.peaceops.intranet.training.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentOrigin;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.RecordRepository;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;

/** A new version of cited guidance in force: the course is flagged, people trained on the old version owe a refresher. */
class GuidanceRevisionsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void coursesCitingTheOldVersionAreFlaggedAndTheirLearnersOweARefresherOnce() {
        Course course = new Course("SOP-7", "Conduct", null, TrainingPhase.IN_MISSION);
        CourseVersion v = course.openDraft();
        v.addLesson(v.addModule("M"), "L", "<p>x</p>");
        v.cite(new GuidanceCitation(7, 1, "2007.04", "SOP"));
        course.publish(NOW, "trainer");
        Fakes.setId(course, 5);
        Learner alice = new Learner("sub-alice", "Alice", "UNMISS", "police");
        Fakes.setId(v.lessons().get(0), 9);
        TrainingRecord record = TrainingRecord.fromLearning(alice, v, java.util.Set.of(9L), Optional.empty(), NOW);
        List<Assignment> added = new ArrayList<>();

        GuidanceRevisions revisions = new GuidanceRevisions();
        revisions.refresherDays = 90;
        revisions.courses = Fakes.of(CourseRepository.class, Map.of(
                "citingOlderThan", a -> (long) a[0] == 7 && (int) a[1] > 1 ? List.of(course) : List.of(),
                "find", a -> Optional.of(course)));
        revisions.records = Fakes.of(RecordRepository.class, Map.of(
                "citingOlderThan", a -> List.of(record, record)));
        revisions.assignments = Fakes.of(AssignmentRepository.class, Map.of(
                "owes", a -> added.stream().anyMatch(x -> x.getLearnerSubject().equals(a[0])),
                "add", a -> added.add((Assignment) a[0])));

        int refreshers = revisions.revised(7, 2);

        assertThat(course.isOutOfDate()).isTrue();
        assertThat(course.getOutOfDateReason()).contains("7").contains("2");
        assertThat(refreshers).isEqualTo(1);
        assertThat(added).singleElement().satisfies(a -> {
            assertThat(a.getOrigin()).isEqualTo(AssignmentOrigin.GUIDANCE_REVISED);
            assertThat(a.getLearnerSubject()).isEqualTo("sub-alice");
            assertThat(a.dueDate(alice)).isPresent();
        });
    }

    @Test
    void aWithdrawnVersionFlagsTheCoursesCitingItWithoutOwingRefreshers() {
        Course course = new Course("SOP-8", "Handover", null, TrainingPhase.INDUCTION);
        CourseVersion v = course.openDraft();
        v.addLesson(v.addModule("M"), "L", "<p>x</p>");
        v.cite(new GuidanceCitation(8, 3, "2009.07", "SOP"));
        course.publish(NOW, "trainer");
        GuidanceRevisions revisions = new GuidanceRevisions();
        // Citing versions below the bound: v3 is cited, so the bound must be above 3.
        revisions.courses = Fakes.of(CourseRepository.class, Map.of(
                "citingOlderThan", a -> (long) a[0] == 8 && (int) a[1] > 3 ? List.of(course) : List.of()));

        assertThat(revisions.withdrawn(8, 2)).isZero();
        assertThat(course.isOutOfDate()).isFalse();

        assertThat(revisions.withdrawn(8, 3)).isEqualTo(1);
        assertThat(course.isOutOfDate()).isTrue();
        assertThat(course.getOutOfDateReason()).contains("withdrawn");
    }
}
