package org.peaceops.intranet.training.application;

import java.io.Serializable;
import java.util.Set;

/** A course as the learner goes through it: content (without answers), progress and quiz state. */
public record LearnerCourse(CourseContent content, Set<Long> lessonsDone, int attemptsUsed, boolean quizPassed,
        boolean mayStartQuiz, Integer bestScore, boolean completed) implements Serializable {

    public boolean allLessonsDone() {
        return content.lessons().stream().allMatch(l -> lessonsDone.contains(l.id()));
    }

    public boolean done(long lessonId) {
        return lessonsDone.contains(lessonId);
    }
}
