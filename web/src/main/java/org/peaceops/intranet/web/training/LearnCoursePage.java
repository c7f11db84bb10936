package org.peaceops.intranet.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.application.AttemptResult;
import org.peaceops.intranet.training.application.CourseContent.LessonView;
import org.peaceops.intranet.training.application.LearnerCourse;
import org.peaceops.intranet.training.application.Learning;
import org.peaceops.intranet.training.application.QuizPaper;
import org.peaceops.intranet.training.scorm.application.ScormPlay;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * Going through a course: one lesson at a time (marking it done saves progress), the guidance it
 * cites at the pinned version, then the quiz. Completion happens in the service when the rules are met.
 */
@Named
@ViewScoped
public class LearnCoursePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Learning learning;

    @Inject
    ScormPlay scormPlay;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    LanguageSelection language;

    private Long id;
    private LearnerCourse course;
    private boolean missing;
    private int lessonIndex;
    private QuizPaper paper;
    private List<AnswerInput> answers;
    private AttemptResult result;
    private Set<Long> scormLessons;

    /** f:viewAction: a course that is not published is answered like one that does not exist. */
    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        missing = !feedback.runQuietly(() -> course = learning.course(profile(), id));
        if (missing) {
            return;
        }
        // Open at the first lesson not yet done.
        List<LessonView> lessons = course.content().lessons();
        lessonIndex = 0;
        while (lessonIndex < lessons.size() - 1 && course.done(lessons.get(lessonIndex).id())) {
            lessonIndex++;
        }
    }

    /** Whether the lesson plays a SCORM package: it opens the player and completes as it is played. */
    public boolean scorm(long lessonId) {
        if (scormLessons == null) {
            scormLessons = scormPlay.scormLessons(course.content().lessons().stream().map(LessonView::id).toList());
        }
        return scormLessons.contains(lessonId);
    }

    private Caller profile() {
        return user.caller().orElseThrow();
    }

    private void reload() {
        course = learning.course(profile(), id);
    }

    public LessonView getLesson() {
        List<LessonView> lessons = course.content().lessons();
        return lessons.isEmpty() ? null : lessons.get(Math.min(lessonIndex, lessons.size() - 1));
    }

    public void show(int index) {
        lessonIndex = Math.max(0, Math.min(index, course.content().lessons().size() - 1));
        paper = null;
    }

    /** Marks the shown lesson done and moves to the next one. */
    public void markDone() {
        LessonView lesson = getLesson();
        boolean[] completed = new boolean[1];
        if (feedback.run(() -> completed[0] = learning.completeLesson(profile(), id, lesson.id()), null)) {
            reload();
            if (completed[0]) {
                feedback.run(() -> { }, "learn.completed");
            } else if (lessonIndex < course.content().lessons().size() - 1) {
                lessonIndex++;
            }
        }
    }

    public void startQuiz() {
        result = null;
        feedback.run(() -> {
            paper = learning.startQuiz(profile(), id);
            answers = paper.questions().stream().map(AnswerInput::new).toList();
        }, null);
    }

    public void submitQuiz() {
        Map<Long, Set<Integer>> chosen = new HashMap<>();
        answers.forEach(a -> chosen.put(a.getQuestion().id(), a.chosen()));
        if (feedback.run(() -> result = learning.submitQuiz(profile(), paper.attemptId(), chosen), null)) {
            paper = null;
            answers = null;
            reload();
        }
    }

    public int getLessonIndex() {
        return lessonIndex;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LearnerCourse getCourse() {
        return course;
    }

    public boolean isMissing() {
        return missing;
    }

    public QuizPaper getPaper() {
        return paper;
    }

    public List<AnswerInput> getAnswers() {
        return answers;
    }

    public AttemptResult getResult() {
        return result;
    }

    public String getTitle() {
        return course == null ? "" : course.content().course().title(language.getLocale());
    }

    public String getDescription() {
        return course == null ? "" : course.content().course().description(language.getLocale());
    }
}
