package org.peaceops.intranet.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class CourseTest {

    private static Course course() {
        return new Course("PKO-101", "Core pre-deployment training", "Formation préalable au déploiement",
                TrainingPhase.PRE_DEPLOYMENT);
    }

    @Test
    void startsAsDraft() {
        Course course = course();

        assertThat(course.getStatus()).isEqualTo(CourseStatus.DRAFT);
        assertThat(course.getCode()).isEqualTo("PKO-101");
        assertThat(course.getTitleEn()).isEqualTo("Core pre-deployment training");
        assertThat(course.getTitleFr()).isEqualTo("Formation préalable au déploiement");
        assertThat(course.getPhase()).isEqualTo(TrainingPhase.PRE_DEPLOYMENT);
        assertThat(course.getId()).isNull();
    }

    @Test
    void publishingMakesItPublished() {
        Course course = course();

        course.publish();

        assertThat(course.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
    }

    @Test
    void publishingTwiceIsHarmless() {
        Course course = course();

        course.publish();
        course.publish();

        assertThat(course.getStatus()).isEqualTo(CourseStatus.PUBLISHED);
    }

    @Test
    void aPublishedCourseCanBeRetired() {
        Course course = course();
        course.publish();

        course.retire();

        assertThat(course.getStatus()).isEqualTo(CourseStatus.RETIRED);
    }

    @Test
    void aRetiredCourseCannotBePublishedAgain() {
        Course course = course();
        course.publish();
        course.retire();

        assertThatIllegalStateException().isThrownBy(course::publish).withMessageContaining("PKO-101");
        assertThat(course.getStatus()).isEqualTo(CourseStatus.RETIRED);
    }

    @Test
    void aDraftRetiredBeforePublicationCannotBePublishedEither() {
        Course course = course();
        course.retire();

        assertThatIllegalStateException().isThrownBy(course::publish);
        assertThat(course.getStatus()).isEqualTo(CourseStatus.RETIRED);
    }

    @Test
    void theFrenchTitleIsOptionalButTheRestIsRequired() {
        assertThat(new Course("C", "Title", null, TrainingPhase.INDUCTION).getTitleFr()).isNull();
        assertThatNullPointerException().isThrownBy(() -> new Course(null, "T", null, TrainingPhase.INDUCTION))
                .withMessage("code");
        assertThatNullPointerException().isThrownBy(() -> new Course("C", null, null, TrainingPhase.INDUCTION))
                .withMessage("titleEn");
        assertThatNullPointerException().isThrownBy(() -> new Course("C", "T", null, null))
                .withMessage("phase");
    }
}
