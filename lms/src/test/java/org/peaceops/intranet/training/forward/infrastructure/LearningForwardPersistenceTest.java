package org.peaceops.intranet.training.forward.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.intranet.testing.Fields.set;
import static org.peaceops.intranet.testing.Fields.withEm;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.platform.application.MissionNode;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.testing.Callers;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.training.application.Completions;
import org.peaceops.intranet.training.application.Learning;
import org.peaceops.intranet.training.application.QuizPaper;
import org.peaceops.intranet.training.application.TrainingAssignments;
import org.peaceops.intranet.training.domain.AnswerOption;
import org.peaceops.intranet.training.domain.AssignmentRule;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DueDateRule;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.domain.QuizAttempt;
import org.peaceops.intranet.training.domain.QuestionKind;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.forward.application.ForwardedLearning;
import org.peaceops.intranet.training.forward.application.LearningFold;
import org.peaceops.intranet.training.forward.application.LearningJournal;
import org.peaceops.intranet.training.forward.domain.AppliedLearningEvent;
import org.peaceops.intranet.training.forward.domain.LearningEvent;
import org.peaceops.intranet.training.forward.domain.LearningEventKind;
import org.peaceops.intranet.training.infrastructure.JpaAssignmentRepository;
import org.peaceops.intranet.training.infrastructure.JpaCourseRepository;
import org.peaceops.intranet.training.infrastructure.JpaLearnerRepository;
import org.peaceops.intranet.training.infrastructure.JpaLearningRepository;
import org.peaceops.intranet.training.infrastructure.JpaRecordRepository;
import org.peaceops.intranet.training.refresher.infrastructure.JpaOwedRefresherRepository;
import org.peaceops.intranet.training.scorm.infrastructure.JpaScormRepository;

/**
 * Store and forward on the real mapping and migrations (EclipseLink on H2, PostgreSQL mode), with two
 * databases: a mission node's and headquarters', holding the same training catalogue (as replication makes
 * them). On the node, learning writes its events beside its own rows; the events are copied to headquarters
 * as the subscription would; headquarters folds them into its own rows, and folding again changes nothing.
 */
class LearningForwardPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final Caller ALICE = Callers.named("alice").subject("sub-alice").displayName("Alice Martin")
            .at("UNMISS").build();

    @TempDir
    Path dir;

    private H2PersistenceUnit node;
    private H2PersistenceUnit hq;

    @BeforeEach
    void databases() {
        node = H2PersistenceUnit.migrated(dir.resolve("node"), "training", "training", "WARNING");
        hq = H2PersistenceUnit.migrated(dir.resolve("hq"), "training", "training", "WARNING");
    }

    @AfterEach
    void close() {
        node.close();
        hq.close();
    }

    /** The same course made the same way in both: the same ids, as the node's replicated copy has them. */
    private long publishedCourse(H2PersistenceUnit unit) {
        return unit.inTransaction(em -> {
            Course course = new Course("PKO-201", "Protection of civilians", null, TrainingPhase.IN_MISSION);
            course.ownedBy("trainer", "UNMISS");
            withEm(new JpaCourseRepository(), em).add(course);
            CourseVersion v = course.openDraft();
            var m = v.addModule("Foundations");
            v.addLesson(m, "First", "<p>One</p>");
            v.addLesson(m, "Second", "<p>Two</p>");
            v.cite(new GuidanceCitation(7, 2, "2007.04", "SOP on conduct"));
            v.addQuestion(QuestionKind.SINGLE_CHOICE, "Who approves?",
                    List.of(new AnswerOption("Approver", true), new AnswerOption("Author", false)));
            course.publish(NOW, "trainer");
            AssignmentRule rule = new AssignmentRule(course, "UNMISS", null, DueDateRule.daysAfterArrival(30), "trainer", NOW);
            withEm(new JpaAssignmentRepository(), em).addRule(rule);
            return course.getId();
        });
    }

    private static Learning learning(EntityManager em, MissionNode mode) {
        Learning l = new Learning();
        set(l, "courses", withEm(new JpaCourseRepository(), em));
        set(l, "learners", withEm(new JpaLearnerRepository(), em));
        set(l, "assignments", withEm(new JpaAssignmentRepository(), em));
        set(l, "learning", withEm(new JpaLearningRepository(), em));
        set(l, "records", withEm(new JpaRecordRepository(), em));
        set(l, "completions", completions(em));
        set(l, "scorm", withEm(new JpaScormRepository(), em));
        set(l, "journal", LearningJournal.of(mode, withEm(new JpaLearningEventRepository(), em)));
        return l;
    }

    private static Completions completions(EntityManager em) {
        Completions completions = new Completions();
        set(completions, "records", withEm(new JpaRecordRepository(), em));
        set(completions, "assignments", withEm(new JpaAssignmentRepository(), em));
        set(completions, "owedRefreshers", withEm(new JpaOwedRefresherRepository(), em));
        return completions;
    }

    private static LearningFold fold(EntityManager em) {
        LearningFold fold = new LearningFold();
        set(fold, "events", withEm(new JpaLearningEventRepository(), em));
        set(fold, "courses", withEm(new JpaCourseRepository(), em));
        set(fold, "learners", withEm(new JpaLearnerRepository(), em));
        set(fold, "learning", withEm(new JpaLearningRepository(), em));
        set(fold, "records", withEm(new JpaRecordRepository(), em));
        set(fold, "assignments", withEm(new JpaAssignmentRepository(), em));
        set(fold, "completions", completions(em));
        return fold;
    }

    private static TrainingAssignments signIns(EntityManager em) {
        TrainingAssignments service = new TrainingAssignments();
        set(service, "courses", withEm(new JpaCourseRepository(), em));
        set(service, "learners", withEm(new JpaLearnerRepository(), em));
        set(service, "assignments", withEm(new JpaAssignmentRepository(), em));
        return service;
    }

    /** Alice signs in on the node, goes through both lessons and passes the quiz there. */
    private void aliceCompletesOnTheNode(long courseId) {
        MissionNode onNode = MissionNode.of("https://hq.example.org/intranet");
        node.inTransaction(em -> signIns(em).learnerSeen(ALICE));
        List<Long> lessons = node.inTransaction(em -> withEm(new JpaCourseRepository(), em).find(courseId).orElseThrow()
                .currentVersion().orElseThrow().lessons().stream().map(Lesson::getId).toList());
        for (long lesson : lessons) {
            node.inTransaction(em -> learning(em, onNode).completeLesson(ALICE, courseId, lesson));
        }
        QuizPaper paper = node.inTransaction(em -> learning(em, onNode).startQuiz(ALICE, courseId));
        long question = paper.questions().get(0).id();
        boolean completed = node.inTransaction(em -> learning(em, onNode)
                .submitQuiz(ALICE, paper.attemptId(), Map.of(question, Set.of(0))).completed());
        assertThat(completed).as("completed on the node").isTrue();
    }

    /** What the subscription does: the node's rows of learning_event, inserted as they are at headquarters. */
    private List<String> replicate() {
        List<LearningEvent> events = node.inTransaction(em -> em.createQuery(
                "select e from LearningEvent e order by e.occurredAt", LearningEvent.class).getResultList());
        hq.inTransaction(em -> {
            events.forEach(em::persist);
            return null;
        });
        return events.stream().map(LearningEvent::getId).toList();
    }

    private int foldAll() {
        return hq.inTransaction(em -> {
            ForwardedLearning timer = new ForwardedLearning();
            set(timer, "events", withEm(new JpaLearningEventRepository(), em));
            set(timer, "fold", fold(em));
            return timer.foldPending();
        });
    }

    private <T> T atHq(Function<EntityManager, T> work) {
        return hq.inTransaction(work);
    }

    @Test
    void learningOnTheNodeIsJournalledInItsTransactionAndNothingAtHeadquarters() {
        long courseId = publishedCourse(node);
        aliceCompletesOnTheNode(courseId);

        List<LearningEvent> events = node.inTransaction(em -> em.createQuery(
                "select e from LearningEvent e order by e.occurredAt, e.kind desc", LearningEvent.class).getResultList());
        assertThat(events).extracting(LearningEvent::getKind).containsExactlyInAnyOrder(LearningEventKind.LESSON_DONE,
                LearningEventKind.LESSON_DONE, LearningEventKind.QUIZ_SUBMITTED, LearningEventKind.COMPLETED);
        assertThat(events).allSatisfy(e -> assertThat(e.getLearnerSubject()).isEqualTo("sub-alice"));
        assertThat(events).extracting(LearningEvent::getId).doesNotHaveDuplicates().allMatch(id -> id.length() == 36);
        LearningEvent completion = events.stream().filter(e -> e.getKind() == LearningEventKind.COMPLETED).findFirst().orElseThrow();
        String nodeCode = node.inTransaction(em -> withEm(new JpaRecordRepository(), em).certificatesOf("sub-alice"))
                .get(0).getCode();
        assertThat(completion.getCertificateCode()).contains(nodeCode);
        assertThat(completion.getScorePercent()).contains(100);

        // the same steps at headquarters (no headquarters address) write no event: its rows are the record
        long hqCourse = publishedCourse(hq);
        Caller bob = Callers.named("bob").subject("sub-bob").at("UNMISS").build();
        hq.inTransaction(em -> signIns(em).learnerSeen(bob));
        long lesson = atHq(em -> withEm(new JpaCourseRepository(), em).find(hqCourse).orElseThrow()
                .currentVersion().orElseThrow().lessons().get(0).getId());
        hq.inTransaction(em -> learning(em, MissionNode.of(null)).completeLesson(bob, hqCourse, lesson));
        long hqEvents = atHq(em -> em.createQuery("select count(e) from LearningEvent e", Long.class).getSingleResult());
        assertThat(hqEvents).isZero();
    }

    @Test
    void headquartersFoldsTheForwardedCompletionOnceWithTheNodesCertificateAndTheStandingFollows() {
        long nodeCourse = publishedCourse(node);
        long courseId = publishedCourse(hq);
        assertThat(courseId).as("the same catalogue ids on both, as replication keeps them").isEqualTo(nodeCourse);
        // Alice signed in at headquarters once before her deployment: she owes the course there
        hq.inTransaction(em -> signIns(em).learnerSeen(ALICE));
        assertThat(owes("sub-alice")).isTrue();

        aliceCompletesOnTheNode(courseId);
        List<TrainingRecord> before = atHq(em -> withEm(new JpaRecordRepository(), em).ofLearner("sub-alice"));
        assertThat(before).as("before the fold").isEmpty();
        List<String> ids = replicate();

        assertThat(foldAll()).isEqualTo(4);
        assertThat(foldAll()).as("folding again: nothing left to fold").isZero();
        // resending the same events (a subscription copying them again) and folding each once more
        for (String id : ids) {
            Optional<AppliedLearningEvent.Outcome> again = atHq(em -> fold(em).fold(id));
            assertThat(again).isEmpty();
        }

        List<TrainingRecord> records = atHq(em -> withEm(new JpaRecordRepository(), em).ofLearner("sub-alice"));
        assertThat(records).hasSize(1);
        TrainingRecord record = records.get(0);
        assertThat(record.getCourseId()).isEqualTo(courseId);
        assertThat(record.getScorePercent()).contains(100);
        assertThat(record.getCitations()).extracting(GuidanceCitation::toString).containsExactly("2007.04 v2");
        String nodeCode = node.inTransaction(em -> withEm(new JpaRecordRepository(), em).certificatesOf("sub-alice"))
                .get(0).getCode();
        List<Certificate> certificates = atHq(em -> withEm(new JpaRecordRepository(), em).certificatesOf("sub-alice"));
        assertThat(certificates).extracting(Certificate::getCode).containsExactly(nodeCode);
        boolean owesAssignment = atHq(em -> withEm(new JpaAssignmentRepository(), em).owes("sub-alice", courseId));
        assertThat(owesAssignment).isFalse();
        assertThat(owes("sub-alice")).as("headquarters' standing follows the folded completion").isFalse();
        long progress = atHq(em -> em.createQuery("select count(p) from LessonProgress p", Long.class).getSingleResult());
        assertThat(progress).isEqualTo(2);
        List<QuizAttempt> attempts = atHq(em -> em.createQuery("select a from QuizAttempt a", QuizAttempt.class)
                .getResultList());
        assertThat(attempts).singleElement().satisfies(a -> {
            assertThat(a.isPassed()).isTrue();
            assertThat(a.getAttemptNumber()).isEqualTo(1);
        });
        List<AppliedLearningEvent.Outcome> outcomes = atHq(em -> em.createQuery("select a.outcome from AppliedLearningEvent a",
                AppliedLearningEvent.Outcome.class).getResultList());
        assertThat(outcomes).hasSize(4).containsOnly(AppliedLearningEvent.Outcome.APPLIED);
    }

    @Test
    void aLearnerHeadquartersNeverSawArrivesWithTheirCompletion() {
        publishedCourse(hq);
        long courseId = publishedCourse(node);
        aliceCompletesOnTheNode(courseId);
        replicate();

        foldAll();

        Optional<Learner> learner = atHq(em -> withEm(new JpaLearnerRepository(), em).find("sub-alice"));
        assertThat(learner).get().satisfies(l -> assertThat(l.getMission()).isEqualTo("UNMISS"));
        List<TrainingRecord> records = atHq(em -> withEm(new JpaRecordRepository(), em).ofLearner("sub-alice"));
        assertThat(records).hasSize(1);
    }

    private boolean owes(String subject) {
        return atHq(em -> (Boolean) em.createNativeQuery("select owes from training.learner where subject = ?")
                .setParameter(1, subject).getSingleResult());
    }
}
