package org.peaceops.intranet.training.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Lesson progress and quiz attempts. */
public interface LearningRepository {

    /** Of the given lessons, those the person has gone through. */
    Set<Long> lessonsDone(String subject, Collection<Long> lessonIds);

    void add(LessonProgress progress);

    List<QuizAttempt> attempts(String subject, long courseVersionId);

    /** Every submitted attempt at a version, for item statistics. */
    List<QuizAttempt> submittedAttempts(long courseVersionId);

    void add(QuizAttempt attempt);

    Optional<QuizAttempt> findAttempt(long id);
}
