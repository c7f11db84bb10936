package org.peaceops.intranet.training.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.application.CourseContent.QuestionView;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.AssignmentStatus;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;
import org.peaceops.intranet.training.domain.LearningRepository;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.domain.LessonProgress;
import org.peaceops.intranet.training.domain.MissionTimeZones;
import org.peaceops.intranet.training.domain.QuizAttempt;
import org.peaceops.intranet.training.domain.RecordRepository;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.domain.TrainingRuleException;
import org.peaceops.intranet.training.forward.application.LearningJournal;
import org.peaceops.intranet.training.scorm.domain.ScormRepository;

/**
 * A person's own training: what they owe and where they stand, going through lessons (progress saved
 * per lesson), the quiz, and completion when the rules are met. Always the signed-in person's own
 * data: the subject comes from the profile, never from the request.
 */
@Stateless
@Interceptors(TrainingRulesAsApplicationExceptions.class)
public class Learning {

    @Inject
    CourseRepository courses;

    @Inject
    LearnerRepository learners;

    @Inject
    AssignmentRepository assignments;

    @Inject
    LearningRepository learning;

    @Inject
    RecordRepository records;

    @Inject
    Completions completions;

    @Inject
    ScormRepository scorm;

    /** On a mission node, each step is also journalled for headquarters, in the same transaction. */
    @Inject
    LearningJournal journal;

    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    public MyTraining myTraining(Caller user) {
        Learner learner = learners.find(user.subject()).orElse(null);
        Instant now = clock.instant();
        List<AssignmentView> open = new ArrayList<>();
        List<AssignmentView> closed = new ArrayList<>();
        for (Assignment a : assignments.ofLearner(user.subject())) {
            AssignmentView view = view(a, learner, now);
            (a.getStatus() == AssignmentStatus.ACTIVE ? open : closed).add(view);
        }
        LocalDate today = LocalDate.ofInstant(now, MissionTimeZones.of(user.mission()));
        return new MyTraining(open, closed,
                records.ofLearner(user.subject()).stream().map(RecordView::of).toList(),
                records.certificatesOf(user.subject()).stream().map(c -> CertificateView.of(c, today)).toList());
    }

    private AssignmentView view(Assignment a, Learner learner, Instant now) {
        Course course = a.getCourse();
        List<Lesson> lessons = course.currentVersion().map(CourseVersion::lessons).orElse(List.of());
        int done = learning.lessonsDone(a.getLearnerSubject(), lessons.stream().map(Lesson::getId).toList()).size();
        ProgressStatus status = switch (a.getStatus()) {
            case COMPLETED -> ProgressStatus.COMPLETED;
            case CANCELLED -> ProgressStatus.CANCELLED;
            case ACTIVE -> a.isOverdue(learner, now) ? ProgressStatus.OVERDUE
                    : done > 0 ? ProgressStatus.IN_PROGRESS : ProgressStatus.ASSIGNED;
        };
        return new AssignmentView(a.getId(), course.getId(), course.getCode(), course.getTitleEn(),
                a.getOrigin().name(), a.dueDate(learner).orElse(null), status, done, lessons.size(),
                a.getExtensionReason(), a.getCancelReason());
    }

    /** The current version of a published course, as this person goes through it. */
    public LearnerCourse course(Caller user, long courseId) {
        CourseVersion version = currentVersion(courseId);
        Set<Long> done = learning.lessonsDone(user.subject(), version.lessons().stream().map(Lesson::getId).toList());
        List<QuizAttempt> attempts = learning.attempts(user.subject(), version.getId());
        long submitted = attempts.stream().filter(QuizAttempt::isSubmitted).count();
        boolean passed = attempts.stream().anyMatch(QuizAttempt::isPassed);
        Integer best = attempts.stream().map(QuizAttempt::getScorePercent).flatMap(Optional::stream)
                .max(Integer::compare).orElse(null);
        boolean completed = records.ofLearner(user.subject()).stream()
                .anyMatch(r -> r.getCourseId() == courseId && r.getCourseVersionNumber() == version.getNumber());
        return new LearnerCourse(CourseContent.of(version, false), done, (int) submitted, passed,
                version.hasQuiz() && version.quizRules().mayStart((int) submitted, passed), best, completed);
    }

    /** Saves that the person went through a lesson; completes the course when that was the last step. */
    public boolean completeLesson(Caller user, long courseId, long lessonId) {
        if (!scorm.scormLessons(List.of(lessonId)).isEmpty()) {
            // A SCORM lesson is completed by what its package reports, never by the person saying so.
            throw new TrainingRuleException("scorm.error.playToComplete", "A SCORM lesson completes as it is played");
        }
        return recordLesson(user, currentVersion(courseId), lessonId);
    }

    /**
     * Saves that the person's SCORM package reported the lesson satisfied (called by the SCORM run-time's
     * commit, after it checked that); completes the course when that was the last step. The lesson may be
     * one of an earlier published version of the course: a learner who began a package there finishes it
     * there, and the completion counts for that version (the one they were enrolled on), not the current one.
     */
    public boolean completePlayedLesson(Caller user, long courseId, long lessonId) {
        Course course = courses.find(courseId).filter(Course::isPublished)
                .orElseThrow(() -> new TrainingNotFoundException("course " + courseId));
        CourseVersion enrolled = course.getVersions().stream().filter(CourseVersion::isPublished)
                .filter(v -> v.lesson(lessonId).isPresent()).findFirst()
                .orElseThrow(() -> new TrainingNotFoundException("lesson " + lessonId));
        return recordLesson(user, enrolled, lessonId);
    }

    private boolean recordLesson(Caller user, CourseVersion version, long lessonId) {
        version.lesson(lessonId).orElseThrow(() -> new TrainingNotFoundException("lesson " + lessonId));
        Set<Long> done = learning.lessonsDone(user.subject(), List.of(lessonId));
        if (done.isEmpty()) {
            Instant now = clock.instant();
            learning.add(new LessonProgress(user.subject(), lessonId, now));
            journal.lessonDone(user, version, lessonId, now);
        }
        return completeIfDone(user, version);
    }

    public QuizPaper startQuiz(Caller user, long courseId) {
        CourseVersion version = currentVersion(courseId);
        List<QuizAttempt> previous = learning.attempts(user.subject(), version.getId());
        // An attempt started and never submitted is offered again rather than spending another one.
        Optional<QuizAttempt> unfinished = previous.stream().filter(a -> !a.isSubmitted()).findFirst();
        QuizAttempt attempt = unfinished.orElseGet(() -> {
            QuizAttempt started = QuizAttempt.start(user.subject(), version, previous, random, clock.instant());
            learning.add(started);
            return started;
        });
        List<QuestionView> questions = attempt.getQuestionOrder().stream()
                .map(id -> version.question(id).orElseThrow())
                .map(q -> CourseContent.question(q, false)).toList();
        return new QuizPaper(attempt.getId(), attempt.getAttemptNumber(), questions);
    }

    public AttemptResult submitQuiz(Caller user, long attemptId, Map<Long, Set<Integer>> answers) {
        QuizAttempt attempt = learning.findAttempt(attemptId)
                .filter(a -> a.getLearnerSubject().equals(user.subject()))
                .orElseThrow(() -> new TrainingNotFoundException("attempt " + attemptId));
        CourseVersion version = courses.findVersion(attempt.getCourseVersionId()).orElseThrow();
        int score = attempt.submit(version, answers, clock.instant());
        journal.quizSubmitted(user, version, attempt);
        long used = learning.attempts(user.subject(), version.getId()).stream().filter(QuizAttempt::isSubmitted).count();
        boolean completed = attempt.isPassed() && completeIfDone(user, version);
        return new AttemptResult(score, version.quizRules().passMarkPercent(), attempt.isPassed(), (int) used,
                version.quizRules().attemptLimit(), completed);
    }

    /**
     * Completion rule: every lesson of the version, and its quiz passed when it has one. A person
     * completes a version once; a later version (or a recertification) can be completed again.
     */
    private boolean completeIfDone(Caller user, CourseVersion version) {
        Course course = version.getCourse();
        boolean already = records.ofLearner(user.subject()).stream()
                .anyMatch(r -> r.getCourseId() == course.getId() && r.getCourseVersionNumber() == version.getNumber());
        boolean owes = assignments.owes(user.subject(), course.getId());
        if (already && !owes) {
            return false;
        }
        Set<Long> done = learning.lessonsDone(user.subject(), version.lessons().stream().map(Lesson::getId).toList());
        if (done.size() < version.lessons().size()) {
            return false;
        }
        Optional<QuizAttempt> passed = learning.attempts(user.subject(), version.getId()).stream()
                .filter(QuizAttempt::isPassed).findFirst();
        if (version.hasQuiz() && passed.isEmpty()) {
            return false;
        }
        Learner learner = learners.find(user.subject()).orElseGet(() -> {
            Learner created = new Learner(user.subject(), user.displayName(), user.mission(), user.category().code());
            created.seen(user.displayName(), user.mission(), user.category().code(), clock.instant());
            learners.add(created);
            return created;
        });
        Instant now = clock.instant();
        TrainingRecord record = TrainingRecord.fromLearning(learner, version, done, passed, now);
        journal.completed(learner, version, record, completions.complete(record, course.getCertificateValidityMonths(), now));
        return true;
    }

    private CourseVersion currentVersion(long courseId) {
        Course course = courses.find(courseId).filter(Course::isPublished)
                .orElseThrow(() -> new TrainingNotFoundException("course " + courseId));
        return course.currentVersion().orElseThrow(() -> new TrainingNotFoundException("course " + courseId));
    }
}
