package org.peaceops.intranet.training.toolbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.toolbox.application.CoursesCitingGuidance.CitingCourse;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;

/**
 * The courses citing a guidance version, on the Flyway schema in H2: only published courses citing that
 * very version, each with the distinct people who completed a version citing it.
 */
class CoursesCitingGuidancePersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, "training", "training", "WARNING");
        unit.inTransaction(em -> {
            Course conduct = published(em, "CONDUCT", 7, 1);
            Course later = published(em, "CONDUCT-2", 7, 2);
            Course draftOnly = new Course("DRAFT", "Draft course", null, TrainingPhase.IN_MISSION);
            draftOnly.ownedBy("trainer", "HQ");
            em.persist(draftOnly);
            draftOnly.openDraft().cite(new GuidanceCitation(7, 1, "2007.07", "Guidance 7"));
            Learner alice = learner(em, "sub-alice", "Alice");
            Learner bob = learner(em, "sub-bob", "Bob");
            complete(em, alice, conduct);
            complete(em, alice, conduct);
            complete(em, bob, conduct);
            complete(em, bob, later);
            return null;
        });
    }

    @AfterEach
    void close() {
        unit.close();
    }

    private static Course published(EntityManager em, String code, long document, int version) {
        Course course = new Course(code, code + " course", code + " cours", TrainingPhase.IN_MISSION);
        course.ownedBy("trainer", "HQ");
        em.persist(course);
        CourseVersion v = course.openDraft();
        v.addLesson(v.addModule("M"), "L", "<p>x</p>");
        v.cite(new GuidanceCitation(document, version, "2007.0" + document, "Guidance " + document));
        course.publish(NOW, "trainer");
        em.flush();
        return course;
    }

    private static Learner learner(EntityManager em, String subject, String name) {
        Learner l = new Learner(subject, name, "UNMISS", "civilian");
        l.seen(name, "UNMISS", "civilian", NOW);
        em.persist(l);
        em.flush();
        return l;
    }

    private static void complete(EntityManager em, Learner learner, Course course) {
        CourseVersion v = course.currentVersion().orElseThrow();
        Set<Long> done = v.lessons().stream().map(Lesson::getId).collect(Collectors.toSet());
        em.persist(TrainingRecord.fromLearning(learner, v, done, Optional.empty(), NOW));
    }

    private List<CitingCourse> citing(long document, int version) {
        return unit.inTransaction(em -> {
            TrainingCoursesCitingGuidance port = new TrainingCoursesCitingGuidance();
            port.em = em;
            return port.citing(document, version);
        });
    }

    @Test
    void onlyPublishedCoursesCitingThatVersionAreListedWithTheDistinctPeopleWhoCompletedThem() {
        assertThat(citing(7, 1)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("CONDUCT");
            assertThat(c.titleFr()).isEqualTo("CONDUCT cours");
            assertThat(c.completions()).isEqualTo(2);
        });
        assertThat(citing(7, 2)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("CONDUCT-2");
            assertThat(c.completions()).isEqualTo(1);
        });
        assertThat(citing(7, 3)).isEmpty();
        assertThat(citing(8, 1)).isEmpty();
    }
}
