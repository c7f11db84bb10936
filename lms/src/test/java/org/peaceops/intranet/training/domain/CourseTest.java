package org.peaceops.intranet.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CourseTest {

    private static final Instant NOW = Fixtures.NOW;

    private static Course course() {
        return new Course("PKO-101", "Core pre-deployment training", "Formation préalable au déploiement",
                TrainingPhase.PRE_DEPLOYMENT);
    }

    private static Course withOneLesson() {
        Course course = course();
        CourseVersion draft = course.openDraft();
        draft.addLesson(draft.addModule("Module 1"), "Lesson 1", "<p>Text</p>");
        return course;
    }

    @Test
    void startsAsDraftWithAFirstDraftVersion() {
        Course course = course();

        assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
        assertThat(course.getCode()).isEqualTo("PKO-101");
        assertThat(course.getTitleFr()).isEqualTo("Formation préalable au déploiement");
        assertThat(course.draft()).get().extracting(CourseVersion::getNumber).isEqualTo(1);
        assertThat(course.currentVersion()).isEmpty();
    }

    @Test
    void aCourseWithoutLessonsCannotBePublished() {
        Course course = course();

        assertThatThrownBy(() -> course.publish(NOW, "trainer")).isInstanceOf(TrainingRuleException.class)
                .extracting(e -> ((TrainingRuleException) e).key()).isEqualTo("training.error.noLessons");
        assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void publishingMakesTheDraftTheCurrentVersion() {
        Course course = withOneLesson();

        CourseVersion published = course.publish(NOW, "trainer");

        assertThat(course.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(published.getNumber()).isEqualTo(1);
        assertThat(published.getPublishedBy()).isEqualTo("trainer");
        assertThat(course.currentVersion()).contains(published);
        assertThat(course.draft()).isEmpty();
    }

    @Test
    void publishingTwiceWithoutAChangeIsHarmless() {
        Course course = withOneLesson();
        course.publish(NOW, "trainer");

        assertThat(course.publish(NOW, "trainer").getNumber()).isEqualTo(1);
        assertThat(course.getVersions()).hasSize(1);
    }

    @Test
    void aPublishedVersionNeverChangesAChangeMakesTheNextVersion() {
        Course course = withOneLesson();
        CourseVersion first = course.publish(NOW, "trainer");

        assertThatThrownBy(() -> first.addModule("Late addition")).isInstanceOf(TrainingRuleException.class);
        assertThatThrownBy(() -> first.cite(new GuidanceCitation(1, 1, "2007.04", "SOP")))
                .isInstanceOf(TrainingRuleException.class);

        CourseVersion second = course.openDraft();
        second.addLesson(second.getModules().get(0), "Lesson 2", "<p>New</p>");
        course.publish(NOW, "trainer");

        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(first.lessons()).extracting(Lesson::getTitle).containsExactly("Lesson 1");
        assertThat(second.lessons()).extracting(Lesson::getTitle).containsExactly("Lesson 1", "Lesson 2");
        assertThat(course.currentVersion()).contains(second);
    }

    @Test
    void aCitationIsPinnedToOneVersionPerDocument() {
        Course course = course();
        CourseVersion draft = course.openDraft();

        draft.cite(new GuidanceCitation(7, 1, "2007.04", "SOP"));
        draft.cite(new GuidanceCitation(7, 2, "2007.04", "SOP"));
        draft.cite(new GuidanceCitation(9, 1, "2009.01", "Manual"));

        assertThat(draft.getCitations()).extracting(GuidanceCitation::toString)
                .containsExactly("2007.04 v2", "2009.01 v1");
        assertThat(draft.getCitations().get(0).citesOlderThan(7, 3)).isTrue();
        assertThat(draft.getCitations().get(0).citesOlderThan(7, 2)).isFalse();
        assertThat(draft.getCitations().get(0).citesOlderThan(8, 3)).isFalse();
    }

    @Test
    void aRetiredCourseCannotBePublishedOrEditedAgain() {
        Course course = withOneLesson();
        course.publish(NOW, "trainer");
        course.retire();

        assertThatThrownBy(() -> course.publish(NOW, "trainer")).isInstanceOf(TrainingRuleException.class)
                .hasMessageContaining("PKO-101");
        assertThatThrownBy(course::openDraft).isInstanceOf(TrainingRuleException.class);
        assertThat(course.getStatus()).isEqualTo(CourseStatus.RETIRED);
    }

    @Test
    void outOfDateUntilANewVersionIsPublished() {
        Course course = withOneLesson();
        course.publish(NOW, "trainer");

        assertThat(course.markOutOfDate("guidance revised")).isTrue();
        assertThat(course.markOutOfDate("guidance revised")).isFalse();
        assertThat(course.isOutOfDate()).isTrue();

        course.openDraft();
        course.publish(NOW, "trainer");

        assertThat(course.isOutOfDate()).isFalse();
    }

    @Test
    void theDescriptionRefusesNonsenseNumbers() {
        Course course = course();

        assertThatThrownBy(() -> course.describe("T", null, null, null, TrainingPhase.INDUCTION, null, 60,
                DeliveryMode.CLASSROOM, 0)).isInstanceOf(TrainingRuleException.class);
        course.describe("T", null, "D", null, TrainingPhase.INDUCTION, "police", 60, DeliveryMode.CLASSROOM, 24);
        assertThat(course.getCertificateValidityMonths()).contains(24);
        assertThat(course.getDeliveryMode()).isEqualTo(DeliveryMode.CLASSROOM);
    }

    @Test
    void theFrenchTitleIsOptionalButTheRestIsRequired() {
        assertThat(new Course("C", "Title", null, TrainingPhase.INDUCTION).getTitleFr()).isNull();
        assertThatNullPointerException().isThrownBy(() -> new Course(null, "T", null, TrainingPhase.INDUCTION))
                .withMessage("code");
        assertThatNullPointerException().isThrownBy(() -> new Course("C", null, null, TrainingPhase.INDUCTION))
                .withMessage("titleEn");
        assertThatNullPointerException().isThrownBy(() -> new Course("C", "T", null, null)).withMessage("phase");
    }
}
