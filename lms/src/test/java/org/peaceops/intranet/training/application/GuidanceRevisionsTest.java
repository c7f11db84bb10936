package org.peaceops.intranet.training.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.refresher.application.Refreshers;

/** A new version of cited guidance in force: the course is flagged, people trained on the old version owe a refresher. */
class GuidanceRevisionsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    /**
     * The revision flags the course, then has the refreshers recorded as owed (RefreshersTest: exactly the
     * people trained on the old version, assigned only once the updated course is published).
     */
    @Test
    void coursesCitingTheOldVersionAreFlaggedAndTheirLearnersOweARefresherOnce() {
        Course course = new Course("SOP-7", "Conduct", null, TrainingPhase.IN_MISSION);
        CourseVersion v = course.openDraft();
        v.addLesson(v.addModule("M"), "L", "<p>x</p>");
        v.cite(new GuidanceCitation(7, 1, "2007.04", "SOP"));
        course.publish(NOW, "trainer");
        List<String> asked = new ArrayList<>();

        GuidanceRevisions revisions = new GuidanceRevisions();
        revisions.courses = Fakes.of(CourseRepository.class, Map.of(
                "citingOlderThan", a -> (long) a[0] == 7 && (int) a[1] > 1 ? List.of(course) : List.of()));
        revisions.refreshers = new Refreshers() {
            @Override
            public int owedAfterRevision(long documentId, int versionNumber) {
                asked.add(documentId + " v" + versionNumber + (course.isOutOfDate() ? " after flagging" : " before flagging"));
                return 1;
            }
        };

        int refreshersOwed = revisions.revised(7, 2);

        assertThat(course.isOutOfDate()).isTrue();
        assertThat(course.getOutOfDateReason()).contains("7").contains("2");
        assertThat(refreshersOwed).isEqualTo(1);
        assertThat(asked).containsExactly("7 v2 after flagging");
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
