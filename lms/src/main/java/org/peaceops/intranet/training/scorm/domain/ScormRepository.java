package org.peaceops.intranet.training.scorm.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Kept packages, the versions lessons play, and learners' attempts. */
public interface ScormRepository {

    Optional<ScormPackage> packageBySha256(String sha256);

    Optional<ScormPackage> findPackage(long id);

    void add(ScormPackage scormPackage);

    /** A lesson's versions, oldest first. */
    List<ScormLessonVersion> versionsOf(long lessonId);

    /** The lessons among {@code lessonIds} that play a package (published or not). */
    Set<Long> scormLessons(Collection<Long> lessonIds);

    Optional<ScormLessonVersion> findVersion(long id);

    void add(ScormLessonVersion version);

    /** The person's attempts on a lesson, on any of its versions. */
    List<ScormAttempt> attemptsOf(String learnerSubject, long lessonId);

    /** Every attempt on the lessons, for the roster. */
    List<ScormAttempt> attemptsOn(Collection<Long> lessonIds);

    void add(ScormAttempt attempt);

    /** The attempt, when it is the person's. */
    Optional<ScormAttempt> attemptsOfLearner(String learnerSubject, long attemptId);

    /** The course whose version holds the lesson. */
    Optional<Long> courseOfLesson(long lessonId);

    /** The content-store blobs of every kept package's files. */
    Set<String> blobHashes();
}
