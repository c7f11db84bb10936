package org.peaceops.intranet.training.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.testing.Callers;
import org.peaceops.intranet.testing.Fields;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.training.application.TrainingAssignments;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.training.domain.AnswerOption;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRule;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DueDateRule;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.domain.LessonProgress;
import org.peaceops.intranet.training.domain.QuestionKind;
import org.peaceops.intranet.training.domain.QuizAttempt;
import org.peaceops.intranet.training.domain.QuizQuestion;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;

/**
 * The training mapping with the server's JPA provider (EclipseLink 4) on the Flyway schema in H2
 * (PostgreSQL mode): what the entities write is what the migrations made, and the repositories'
 * queries run. The same SQL runs on PostgreSQL in the integration tests.
 */
class TrainingPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    @TempDir
    Path dir;

    private H2PersistenceUnit unit;

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, "training", "training", "WARNING");
    }

    @AfterEach
    void close() {
        unit.close();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return unit.inTransaction(work);
    }

    private void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private static JpaCourseRepository courses(EntityManager em) {
        JpaCourseRepository r = new JpaCourseRepository();
        r.em = em;
        return r;
    }

    private static JpaRecordRepository records(EntityManager em) {
        JpaRecordRepository r = new JpaRecordRepository();
        r.em = em;
        return r;
    }

    private static JpaAssignmentRepository assignments(EntityManager em) {
        JpaAssignmentRepository r = new JpaAssignmentRepository();
        r.em = em;
        return r;
    }

    private static JpaLearnerRepository learners(EntityManager em) {
        JpaLearnerRepository r = new JpaLearnerRepository();
        r.em = em;
        return r;
    }

    private static JpaLearningRepository learning(EntityManager em) {
        JpaLearningRepository r = new JpaLearningRepository();
        r.em = em;
        return r;
    }

    private long publishedCourse() {
        return inTransaction(em -> {
            Course course = new Course("PKO-101", "Core pre-deployment training", null, TrainingPhase.PRE_DEPLOYMENT);
            course.ownedBy("trainer", "UNMISS");
            courses(em).add(course);
            CourseVersion v = course.openDraft();
            var m = v.addModule("Foundations");
            v.addLesson(m, "First", "<p>One</p><script>x()</script>");
            v.addLesson(m, "Second", "<p>Two</p>");
            v.addLesson(v.addModule("Practice"), "Third", "<p>Three</p>");
            v.cite(new GuidanceCitation(7, 2, "2007.04", "SOP on conduct"));
            v.addQuestion(QuestionKind.SINGLE_CHOICE, "Who approves?",
                    List.of(new AnswerOption("Approver", true), new AnswerOption("Author", false)));
            v.addQuestion(QuestionKind.TRUE_FALSE, "Impartial?", QuizQuestion.trueFalse(true));
            course.publish(NOW, "trainer");
            return course.getId();
        });
    }

    @Test
    void aPersonSigningInForTheFirstTimeBecomesALearnerAndGetsTheRulesAssignments() {
        long courseId = publishedCourse();
        run(em -> {
            Course course = courses(em).find(courseId).orElseThrow();
            assignments(em).addRule(new AssignmentRule(course, "UNMISS", null, DueDateRule.daysAfterArrival(30), "trainer", NOW));
        });

        // the sign-in's order on the real repositories: the new learner's row is written while the rules
        // are applied, so it must be complete (updated_at is NOT NULL) before it is added
        int assigned = inTransaction(em -> {
            TrainingAssignments service = new TrainingAssignments();
            Fields.set(service, "courses", courses(em));
            Fields.set(service, "learners", learners(em));
            Fields.set(service, "assignments", assignments(em));
            return service.learnerSeen(Callers.named("newcomer").subject("sub-newcomer").displayName("New Comer")
                    .at("UNMISS").build());
        });

        assertThat(assigned).isEqualTo(1);
        run(em -> assertThat(learners(em).find("sub-newcomer")).get()
                .satisfies(l -> assertThat(l.getMission()).isEqualTo("UNMISS")));
    }

    @Test
    void aCourseVersionKeepsItsModulesLessonsCitationsAndQuestionsInOrder() {
        long id = publishedCourse();

        run(em -> {
            Course course = courses(em).find(id).orElseThrow();
            CourseVersion v = course.currentVersion().orElseThrow();
            assertThat(v.getModules()).extracting(m -> m.getTitle()).containsExactly("Foundations", "Practice");
            assertThat(v.lessons()).extracting(Lesson::getTitle).containsExactly("First", "Second", "Third");
            assertThat(v.lessons().get(0).getBodyHtml()).isEqualTo("<p>One</p>");
            assertThat(v.getCitations()).extracting(GuidanceCitation::toString).containsExactly("2007.04 v2");
            assertThat(v.getQuestions()).extracting(QuizQuestion::getText).containsExactly("Who approves?", "Impartial?");
            assertThat(v.getQuestions().get(1).getOptions()).extracting(AnswerOption::getText).containsExactly("True", "False");
            assertThat(courses(em).codeTaken("pko-101")).isTrue();

            CourseVersion next = course.openDraft();
            next.cite(new GuidanceCitation(7, 3, "2007.04", "SOP on conduct, revised"));
            next.addLesson(next.getModules().get(1), "Fourth", "<p>Four</p>");
            next.attachToLesson(next.lessons().get(0), 7L, 3);
        });
        run(em -> {
            Course course = courses(em).find(id).orElseThrow();
            assertThat(course.getVersions()).extracting(CourseVersion::getNumber).containsExactly(1, 2);
            CourseVersion first = course.getVersions().get(0);
            CourseVersion draft = course.draft().orElseThrow();
            assertThat(first.lessons()).hasSize(3);
            assertThat(draft.lessons()).extracting(Lesson::getTitle).containsExactly("First", "Second", "Third", "Fourth");
            assertThat(draft.lessons().get(0).getId()).isNotEqualTo(first.lessons().get(0).getId());
            assertThat(first.getCitations()).extracting(GuidanceCitation::getVersionNumber).containsExactly(2);
            assertThat(draft.getCitations()).extracting(GuidanceCitation::getVersionNumber).containsExactly(3);
            assertThat(draft.getQuestions()).hasSize(2);
            assertThat(draft.lessons().get(0).getAttachmentDocumentId()).contains(7L);
            assertThat(draft.lessons().get(0).getAttachmentVersionNumber()).contains(3);
            assertThat(first.lessons().get(0).getAttachmentDocumentId()).as("the published version is untouched").isEmpty();
            assertThat(courses(em).citingOlderThan(7, 3)).extracting(Course::getCode).containsExactly("PKO-101");
            assertThat(courses(em).citingOlderThan(7, 2)).isEmpty();
            assertThat(courses(em).ofScopes(List.of("MINUSCA"))).isEmpty();
            assertThat(courses(em).ofScopes(List.of("UNMISS", "HQ"))).hasSize(1);
        });
    }

    @Test
    void rulesAssignmentsProgressAttemptsRecordsAndCertificatesRoundTrip() {
        long id = publishedCourse();

        long certificateId = inTransaction(em -> {
            Course course = courses(em).find(id).orElseThrow();
            Learner alice = new Learner("sub-alice", "Alice Martin", "UNMISS", "police");
            alice.seen("Alice Martin", "UNMISS", "police", NOW);
            learners(em).add(alice);
            AssignmentRule rule = new AssignmentRule(course, "UNMISS", null, DueDateRule.daysAfterArrival(30), "trainer", NOW);
            assignments(em).addRule(rule);
            assignments(em).add(rule.assign(alice, NOW));

            assertThat(assignments(em).owes("sub-alice", id)).isTrue();
            assertThat(assignments(em).assignedByRule("sub-alice", rule.getId())).isTrue();
            assertThat(assignments(em).activeRules()).hasSize(1);
            assertThat(learners(em).inScope("UNMISS", null)).extracting(Learner::getSubject).containsExactly("sub-alice");
            assertThat(learners(em).inScope(null, "civilian")).isEmpty();
            assertThat(learners(em).search("mart", List.of("UNMISS"), 10)).hasSize(1);
            assertThat(learners(em).search("100%_", List.of(), 10)).isEmpty();

            CourseVersion v = course.currentVersion().orElseThrow();
            v.lessons().forEach(l -> learning(em).add(new LessonProgress("sub-alice", l.getId(), NOW)));
            QuizAttempt attempt = QuizAttempt.start("sub-alice", v, List.of(), new Random(2), NOW);
            learning(em).add(attempt);
            Map<Long, Set<Integer>> right = v.getQuestions().stream()
                    .collect(Collectors.toMap(QuizQuestion::getId, QuizQuestion::rightOptions));
            assertThat(attempt.submit(v, right, NOW)).isEqualTo(100);

            Set<Long> done = learning(em).lessonsDone("sub-alice", v.lessons().stream().map(Lesson::getId).toList());
            TrainingRecord record = TrainingRecord.fromLearning(alice, v, done, Optional.of(attempt), NOW);
            records(em).add(record);
            Certificate certificate = Certificate.issue(record, Optional.of(12), new SecureRandom());
            records(em).add(certificate);
            assignments(em).ofLearner("sub-alice").forEach(a -> a.complete(NOW));
            return certificate.getId();
        });

        run(em -> {
            Certificate certificate = records(em).certificate(certificateId).orElseThrow();
            assertThat(records(em).certificateByCode(certificate.getCode())).isPresent();
            assertThat(records(em).expiringBy(LocalDate.of(2027, 11, 20))).hasSize(1);
            assertThat(records(em).expiringBy(LocalDate.of(2027, 11, 19))).isEmpty();
            assertThat(records(em).citingOlderThan(7, 3)).extracting(TrainingRecord::getLearnerName)
                    .containsExactly("Alice Martin");
            assertThat(records(em).ofCourse(id)).singleElement()
                    .satisfies(r -> assertThat(r.getCitations()).extracting(GuidanceCitation::toString).containsExactly("2007.04 v2"));
            assertThat(assignments(em).owes("sub-alice", id)).as("completed, no longer owed").isFalse();
            assertThat(assignments(em).ofCourse(id)).extracting(Assignment::getStatus).extracting(Enum::name)
                    .containsExactly("COMPLETED");
            long versionId = courses(em).find(id).orElseThrow().currentVersion().orElseThrow().getId();
            assertThat(learning(em).attempts("sub-alice", versionId)).singleElement()
                    .satisfies(a -> assertThat(a.isPassed()).isTrue());
            assertThat(learning(em).submittedAttempts(versionId)).hasSize(1);
        });
    }

    /** A person attested under their personnel number, with a record and an assignment; the course id. */
    private long attestedBeforeSigningIn(String number) {
        long id = publishedCourse();
        run(em -> {
            Course course = courses(em).find(id).orElseThrow();
            Learner introduced = Learner.introduced(number, "Aïcha Koné", "UNMISS", "police", NOW);
            learners(em).add(introduced);
            records(em).add(TrainingRecord.fromAttestation(introduced, course.currentVersion().orElseThrow(),
                    LocalDate.of(2026, 10, 1), "trainer2"));
            assignments(em).add(Assignment.byTrainer(course, number, DueDateRule.daysAfterArrival(30), "trainer", NOW));
        });
        return id;
    }

    @Test
    void aPersonAttestedBeforeTheirFirstSignInTakesTheirRecordsAlongToTheirSubject() {
        attestedBeforeSigningIn("UN-4711");

        run(em -> {
            assertThat(learners(em).findByPersonnelNumber("UN-4711")).map(Learner::getSubject).hasValue("UN-4711");
            assertThat(learners(em).findByIdentifiers(List.of("UN-4711", "nobody"))).containsOnlyKeys("UN-4711");
            learners(em).adopt("UN-4711", "kc-5f1c");
        });

        run(em -> {
            Learner learner = learners(em).find("kc-5f1c").orElseThrow();
            assertThat(learner.getPersonnelNumber()).hasValue("UN-4711");
            assertThat(learners(em).find("UN-4711")).isEmpty();
            assertThat(records(em).ofLearner("kc-5f1c")).extracting(TrainingRecord::getLearnerName).containsExactly("Aïcha Koné");
            assertThat(records(em).ofLearner("UN-4711")).isEmpty();
            assertThat(assignments(em).ofLearner("kc-5f1c")).hasSize(1);
            assertThat(assignments(em).ofLearner("UN-4711")).isEmpty();
        });
    }

    @Test
    void aPersonWhoSignedInBeforeBeingAttestedUnderTheirNumberIsMergedIntoOneLearner() {
        attestedBeforeSigningIn("UN-4712");
        run(em -> {
            Learner real = new Learner("kc-77aa", "Aïcha Koné", "UNMISS", "police");
            real.seen("Aïcha Koné", "UNMISS", "police", NOW);
            learners(em).add(real);
        });

        run(em -> learners(em).adopt("UN-4712", "kc-77aa"));

        run(em -> {
            assertThat(learners(em).find("UN-4712")).isEmpty();
            Learner learner = learners(em).find("kc-77aa").orElseThrow();
            assertThat(learner.getArrivalDate()).as("the signed-in learner's own facts stay").isPresent();
            assertThat(records(em).ofLearner("kc-77aa")).hasSize(1);
            learner.identify("UN-4712");
        });
        run(em -> assertThat(learners(em).findByPersonnelNumber("UN-4712")).map(Learner::getSubject).hasValue("kc-77aa"));
    }

    @Test
    void theDatabaseRefusesToChangeARecord() {
        long id = publishedCourse();
        long recordId = inTransaction(em -> {
            Course course = courses(em).find(id).orElseThrow();
            Learner bob = new Learner("sub-bob", "Bob", "UNMISS", "military");
            bob.seen("Bob", "UNMISS", "military", NOW);
            learners(em).add(bob);
            course.describe(course.getTitleEn(), null, null, null, course.getPhase(), null, null,
                    org.peaceops.intranet.training.domain.DeliveryMode.CLASSROOM, null);
            TrainingRecord record = TrainingRecord.fromAttendance(bob, course.currentVersion().orElseThrow(), "trainer", NOW);
            records(em).add(record);
            return record.getId();
        });

        assertThatThrownBy(() -> run(em -> em.remove(em.find(TrainingRecord.class, recordId))))
                .satisfies(t -> assertThat(java.util.stream.Stream.iterate(t, java.util.Objects::nonNull, Throwable::getCause))
                        .anyMatch(c -> c instanceof IllegalStateException && c.getMessage().contains("immutable")));
        run(em -> assertThat(em.find(TrainingRecord.class, recordId)).isNotNull());
    }
}
