package org.peaceops.intranet.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompletionTest {

    private static final Instant NOW = Fixtures.NOW;
    private final Course course = Fixtures.publishedCourse();
    private final CourseVersion version = course.currentVersion().orElseThrow();
    private final Learner alice = new Learner("sub-alice", "Alice Martin", "UNMISS", "police");

    private Set<Long> allLessons() {
        return version.lessons().stream().map(Lesson::getId).collect(Collectors.toSet());
    }

    private QuizAttempt passedAttempt() {
        QuizAttempt attempt = Fixtures.setId(QuizAttempt.start(alice.getSubject(), version, new ArrayList<>(),
                new Random(), NOW));
        Map<Long, Set<Integer>> right = new HashMap<>();
        version.getQuestions().forEach(q -> right.put(q.getId(), q.rightOptions()));
        attempt.submit(version, right, NOW);
        return attempt;
    }

    @Test
    void allLessonsAndAPassedQuizCompleteTheCourseAndTheRecordKeepsTheCitedVersions() {
        TrainingRecord record = TrainingRecord.fromLearning(alice, version, allLessons(), Optional.of(passedAttempt()), NOW);

        assertThat(record.getCourseVersionNumber()).isEqualTo(1);
        assertThat(record.getCourseCode()).isEqualTo("PKO-101");
        assertThat(record.getMethod()).isEqualTo(CompletionMethod.E_LEARNING);
        assertThat(record.getScorePercent()).contains(100);
        assertThat(record.getCitations()).extracting(GuidanceCitation::toString).containsExactly("2007.04 v2");
        assertThat(record.getLearnerName()).isEqualTo("Alice Martin");
        assertThat(record.getMission()).isEqualTo("UNMISS");
    }

    @Test
    void aLessonLeftOrAQuizNotPassedIsNoCompletion() {
        Set<Long> oneLeft = allLessons().stream().skip(1).collect(Collectors.toSet());

        assertThatThrownBy(() -> TrainingRecord.fromLearning(alice, version, oneLeft, Optional.of(passedAttempt()), NOW))
                .isInstanceOf(TrainingRuleException.class).hasMessageContaining("Lessons");
        assertThatThrownBy(() -> TrainingRecord.fromLearning(alice, version, allLessons(), Optional.empty(), NOW))
                .isInstanceOf(TrainingRuleException.class).hasMessageContaining("quiz");
    }

    @Test
    void attendanceCompletesClassroomCoursesOnly() {
        assertThatThrownBy(() -> TrainingRecord.fromAttendance(alice, version, "trainer", NOW))
                .isInstanceOf(TrainingRuleException.class);

        course.describe(course.getTitleEn(), null, null, null, course.getPhase(), null, null, DeliveryMode.CLASSROOM, 12);
        TrainingRecord record = TrainingRecord.fromAttendance(alice, version, "trainer", NOW);

        assertThat(record.getMethod()).isEqualTo(CompletionMethod.ATTENDANCE);
        assertThat(record.getRecordedBy()).isEqualTo("trainer");
        assertThat(record.getScorePercent()).isEmpty();
    }

    @Test
    void aRecordStaysAsItWasWhenTheCourseMovesOn() {
        TrainingRecord record = TrainingRecord.fromLearning(alice, version, allLessons(), Optional.of(passedAttempt()), NOW);

        CourseVersion next = course.openDraft();
        next.cite(new GuidanceCitation(7, 3, "2007.04", "SOP on conduct, revised"));
        course.publish(NOW, "trainer");

        assertThat(record.getCourseVersionNumber()).isEqualTo(1);
        assertThat(record.getCitations()).extracting(GuidanceCitation::getVersionNumber).containsExactly(2);
    }

    @Test
    void aRecordHasNoWayToChange() throws Exception {
        List<Method> mutators = Arrays.stream(TrainingRecord.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.getName().startsWith("get") && !m.getName().startsWith("is"))
                .toList();
        assertThat(mutators).as("public instance methods other than getters").isEmpty();

        for (Field field : TrainingRecord.class.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null) {
                assertThat(column.updatable()).as(field.getName() + " is insert-only").isFalse();
            }
        }

        Method guard = TrainingRecord.class.getDeclaredMethod("refuseChange");
        assertThat(guard.isAnnotationPresent(PreUpdate.class)).isTrue();
        assertThat(guard.isAnnotationPresent(PreRemove.class)).isTrue();
        TrainingRecord record = TrainingRecord.fromLearning(alice, version, allLessons(), Optional.of(passedAttempt()), NOW);
        guard.setAccessible(true);
        assertThatThrownBy(() -> guard.invoke(record)).hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> record.getCitations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCertificateExpiresAfterTheCoursesValidityAndIsValidThroughTheExpiryDay() {
        course.describe(course.getTitleEn(), null, null, null, course.getPhase(), null, null, DeliveryMode.E_LEARNING, 12);
        TrainingRecord record = Fixtures.setId(
                TrainingRecord.fromLearning(alice, version, allLessons(), Optional.of(passedAttempt()), NOW));

        Certificate certificate = Certificate.issue(record, course.getCertificateValidityMonths(), new SecureRandom());

        assertThat(certificate.getIssuedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(certificate.getExpiresOn()).contains(LocalDate.of(2027, 11, 20));
        assertThat(certificate.isValidOn(LocalDate.of(2027, 11, 20))).isTrue();
        assertThat(certificate.isValidOn(LocalDate.of(2027, 11, 21))).isFalse();
        assertThat(certificate.getCode()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(certificate.getHolderName()).isEqualTo("Alice Martin");
    }

    @Test
    void aCertificateWithoutValidityNeverExpiresNorNeedsRecertification() {
        TrainingRecord record = Fixtures.setId(
                TrainingRecord.fromLearning(alice, version, allLessons(), Optional.of(passedAttempt()), NOW));

        Certificate certificate = Certificate.issue(record, Optional.empty(), new SecureRandom());

        assertThat(certificate.getExpiresOn()).isEmpty();
        assertThat(certificate.isValidOn(LocalDate.of(2090, 1, 1))).isTrue();
        assertThat(certificate.needsRecertification(LocalDate.of(2090, 1, 1), 60)).isFalse();
    }

    @Test
    void recertificationIsDueWithinTheLeadTimeAndOnlyOnce() {
        TrainingRecord record = Fixtures.setId(
                TrainingRecord.fromLearning(alice, version, allLessons(), Optional.of(passedAttempt()), NOW));
        Certificate certificate = Certificate.issue(record, Optional.of(12), new SecureRandom());

        assertThat(certificate.needsRecertification(LocalDate.of(2027, 9, 20), 60)).as("61 days before").isFalse();
        assertThat(certificate.needsRecertification(LocalDate.of(2027, 9, 21), 60)).as("60 days before").isTrue();
        certificate.recertificationAssigned();
        assertThat(certificate.needsRecertification(LocalDate.of(2027, 10, 1), 60)).isFalse();
    }

    @Test
    void typedCodesAreReadForgivingly() {
        assertThat(Certificate.normaliseCode(" abcd-efgh-jk0o ")).contains("ABCD-EFGH-JK00");
        assertThat(Certificate.normaliseCode("ABCDEFGHJK1L")).contains("ABCD-EFGH-JK11");
        assertThat(Certificate.normaliseCode("ABCD-EFGH-JKU0")).as("U is not in the alphabet").isEmpty();
        assertThat(Certificate.normaliseCode("ABC")).isEmpty();
        assertThat(Certificate.normaliseCode("<script>alert(1)</script>")).isEmpty();
        assertThat(Certificate.normaliseCode(null)).isEmpty();
    }
}
