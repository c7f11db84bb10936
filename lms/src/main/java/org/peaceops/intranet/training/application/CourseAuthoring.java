package org.peaceops.intranet.training.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.domain.AnswerOption;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseModule;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DeliveryMode;
import org.peaceops.intranet.training.domain.GuidanceCitation;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.domain.QuestionKind;
import org.peaceops.intranet.training.domain.QuizQuestion;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.refresher.application.Refreshers;

/**
 * Building courses: create, describe, modules and lessons, guidance citations pinned to a version,
 * quiz, publish, retire. Every change goes to the course's draft version (opened from the current
 * one when needed); only trainers of the course's mission scope may make it.
 */
@Stateless
@Interceptors(TrainingRulesAsApplicationExceptions.class)
public class CourseAuthoring {

    private static final Logger LOG = Logger.getLogger(CourseAuthoring.class.getName());

    @Inject
    CourseRepository courses;

    @Inject
    TrainingAccess access;

    @Inject
    GuidanceQueries guidance;

    @Inject
    Refreshers refreshers;

    @Inject
    Event<CourseRevised> revised;

    private final Clock clock = Clock.systemUTC();

    /** What a trainer fills in for a new course. */
    public record NewCourse(String code, String titleEn, String titleFr, TrainingPhase phase) {
    }

    /** The catalogue entry of a course. */
    public record Description(String titleEn, String titleFr, String descriptionEn, String descriptionFr,
            TrainingPhase phase, String audience, Integer durationMinutes, DeliveryMode deliveryMode,
            Integer certificateValidityMonths) {
    }

    public long create(Caller user, NewCourse input) {
        String scope = access.scopeForNewCourse(user);
        access.requireManage(user, scope);
        String code = input.code() == null ? "" : input.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9._-]{1,39}")) {
            throw new TrainingRejectedException("training.error.code",
                    "A course code is 2 to 40 letters, digits, dots, dashes or underscores");
        }
        if (courses.codeTaken(code)) {
            throw new TrainingRejectedException("training.error.codeTaken", "Course code already used: " + code);
        }
        if (input.titleEn() == null || input.titleEn().isBlank() || input.phase() == null) {
            throw new TrainingRejectedException("training.error.title", "A title and a phase are required");
        }
        Course course = new Course(code, input.titleEn().strip(), blankToNull(input.titleFr()), input.phase());
        course.ownedBy(user.subject(), scope);
        courses.add(course);
        LOG.info(() -> "Course " + code + " created by " + user.subject() + " in scope " + scope);
        return course.getId();
    }

    public void describe(Caller user, long courseId, Description d) {
        Course course = managed(user, courseId);
        if (d.titleEn() == null || d.titleEn().isBlank() || d.phase() == null || d.deliveryMode() == null) {
            throw new TrainingRejectedException("training.error.title", "A title, a phase and a delivery mode are required");
        }
        course.describe(d.titleEn().strip(), blankToNull(d.titleFr()), blankToNull(d.descriptionEn()),
                blankToNull(d.descriptionFr()), d.phase(), blankToNull(d.audience()), d.durationMinutes(),
                d.deliveryMode(), d.certificateValidityMonths());
    }

    public void addModule(Caller user, long courseId, String title) {
        draft(user, courseId).addModule(title);
    }

    /** Starts the next version of a published course (a copy of the current one), or keeps the open draft. */
    public int openDraft(Caller user, long courseId) {
        return draft(user, courseId).getNumber();
    }

    public void addLesson(Caller user, long courseId, long moduleId, String title, String html) {
        CourseVersion draft = draft(user, courseId);
        CourseModule module = draft.module(moduleId).orElseThrow(() -> new TrainingNotFoundException("module " + moduleId));
        draft.addLesson(module, title, html);
    }

    public void rewriteLesson(Caller user, long courseId, long lessonId, String title, String html) {
        CourseVersion draft = draft(user, courseId);
        draft.rewriteLesson(lesson(draft, lessonId), title, html);
    }

    public void removeLesson(Caller user, long courseId, long lessonId) {
        CourseVersion draft = draft(user, courseId);
        draft.removeLesson(lesson(draft, lessonId));
    }

    public void removeModule(Caller user, long courseId, long moduleId) {
        CourseVersion draft = draft(user, courseId);
        draft.removeModule(draft.module(moduleId).orElseThrow(() -> new TrainingNotFoundException("module " + moduleId)));
    }

    /**
     * Cites a version of a guidance document the trainer may read; the reference and title are taken
     * from the repository, never from the request.
     */
    public void cite(Caller user, long courseId, long documentId, int versionNumber) {
        CourseVersion draft = draft(user, courseId);
        GuidanceDetail document = guidance.get(user, documentId);
        VersionDetail version = document.getVersions().stream().filter(v -> v.getNumber() == versionNumber)
                .findFirst().orElseThrow(() -> new TrainingNotFoundException("version " + versionNumber));
        String title = version.getTitle() == null ? document.getReferenceNumber() : version.getTitle();
        draft.cite(new GuidanceCitation(documentId, versionNumber, document.getReferenceNumber(), title));
    }

    /** Attaches a version of a repository document the trainer may read to a lesson (a file to read with it). */
    public void attach(Caller user, long courseId, long lessonId, long documentId, int versionNumber) {
        CourseVersion draft = draft(user, courseId);
        GuidanceDetail document = guidance.get(user, documentId);
        boolean exists = document.getVersions().stream().anyMatch(v -> v.getNumber() == versionNumber && v.isHasFile());
        if (!exists) {
            throw new TrainingNotFoundException("file of version " + versionNumber);
        }
        draft.attachToLesson(lesson(draft, lessonId), documentId, versionNumber);
    }

    public void detach(Caller user, long courseId, long lessonId) {
        CourseVersion draft = draft(user, courseId);
        draft.attachToLesson(lesson(draft, lessonId), null, null);
    }

    public void uncite(Caller user, long courseId, long documentId) {
        draft(user, courseId).uncite(documentId);
    }

    /**
     * Adds a question. For true/false the options are always "True" and "False" and {@code right}
     * holds 0 (true) or 1 (false).
     */
    public void addQuestion(Caller user, long courseId, QuestionKind kind, String text, List<String> options,
            Set<Integer> right) {
        CourseVersion draft = draft(user, courseId);
        if (kind == null) {
            throw new TrainingRejectedException("training.error.options", "A question kind is required");
        }
        List<AnswerOption> built;
        if (kind == QuestionKind.TRUE_FALSE) {
            built = QuizQuestion.trueFalse(right.contains(0));
        } else {
            built = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i) != null && !options.get(i).isBlank()) {
                    built.add(new AnswerOption(options.get(i), right.contains(i)));
                }
            }
        }
        draft.addQuestion(kind, text, built);
    }

    public void removeQuestion(Caller user, long courseId, long questionId) {
        CourseVersion draft = draft(user, courseId);
        draft.removeQuestion(draft.question(questionId).orElseThrow(() -> new TrainingNotFoundException("question " + questionId)));
    }

    public void configureQuiz(Caller user, long courseId, int passMark, int attemptLimit, boolean shuffle) {
        draft(user, courseId).configureQuiz(passMark, attemptLimit, shuffle);
    }

    public int publish(Caller user, long courseId) {
        Course course = managed(user, courseId);
        int number = course.publish(clock.instant(), user.subject()).getNumber();
        refreshers.coursePublished(course, user.subject());
        LOG.info(() -> "Course " + course.getCode() + " version " + number + " published by " + user.subject());
        return number;
    }

    public void retire(Caller user, long courseId) {
        Course course = managed(user, courseId);
        course.retire();
        LOG.info(() -> "Course " + course.getCode() + " retired by " + user.subject());
    }

    /** The version a trainer edits: the draft, or the current version when none is open. With answers. */
    public CourseContent content(Caller user, long courseId) {
        Course course = managed(user, courseId);
        CourseVersion shown = course.draft().or(course::currentVersion).orElseThrow();
        return CourseContent.of(shown, true);
    }

    /**
     * The draft, opened from the current version when none is open. A new draft's lessons get ids
     * straight away so that what is kept by lesson id elsewhere can follow them ({@link CourseRevised}).
     */
    private CourseVersion draft(Caller user, long courseId) {
        Course course = managed(user, courseId);
        if (course.draft().isPresent()) {
            return course.draft().get();
        }
        CourseVersion copy = course.openDraft();
        CourseVersion from = course.currentVersion().orElseThrow();
        courses.assignIds();
        revised.fire(CourseRevised.of(course.getId(), from, copy));
        return copy;
    }

    private Course managed(Caller user, long courseId) {
        Course course = courses.find(courseId).orElseThrow(() -> new TrainingNotFoundException("course " + courseId));
        access.requireManage(user, course.getMissionScope());
        return course;
    }

    private static Lesson lesson(CourseVersion draft, long lessonId) {
        return draft.lesson(lessonId).orElseThrow(() -> new TrainingNotFoundException("lesson " + lessonId));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
