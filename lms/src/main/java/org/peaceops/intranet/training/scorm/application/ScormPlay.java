package org.peaceops.intranet.training.scorm.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.training.application.Learning;
import org.peaceops.intranet.training.application.TrainingRulesAsApplicationExceptions;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.scorm.domain.PackagePath;
import org.peaceops.intranet.training.scorm.domain.ScormAttempt;
import org.peaceops.intranet.training.scorm.domain.ScormLessonVersion;
import org.peaceops.intranet.training.scorm.domain.ScormPackage;
import org.peaceops.intranet.training.scorm.domain.ScormRepository;
import org.peaceops.intranet.training.scorm.domain.Sco;

/**
 * A learner's side of SCORM lessons: open the lesson (the attempt resumes on the package version it began
 * with, even from the copy of the lesson in a revised course, else the latest published), have the
 * run-time's commits kept, and complete the lesson through training's one completion path once every SCO
 * of the version is satisfied (for the course version that holds it). Always the signed-in
 * person's own attempts: the subject comes from the profile, never from the request.
 */
@Stateless
@Interceptors(TrainingRulesAsApplicationExceptions.class)
public class ScormPlay {

    @Inject
    ScormRepository scorm;

    @Inject
    CourseRepository courses;

    @Inject
    Learning learning;

    @Inject
    ContentStore store;

    Clock clock = Clock.systemUTC();

    /**
     * Opens the lesson at {@code itemIdentifier} (the first SCO when blank) and begins a session. A
     * learner with an attempt in progress on the lesson this one was copied from (the course was revised
     * since) resumes that attempt, on its package; anyone else plays the lesson's latest published package.
     */
    public PlayView open(Caller user, long courseId, long lessonId, String itemIdentifier) {
        Course course = courses.find(courseId).filter(Course::isPublished)
                .orElseThrow(() -> new NotFound("training.error.notFound", "course " + courseId));
        Lesson lesson = publishedLesson(course, lessonId);
        boolean current = course.currentVersion().flatMap(v -> v.lesson(lessonId)).isPresent();
        ScormLessonVersion version = pinnedVersion(user.subject(), course, lesson)
                .or(() -> current ? latestPublished(lessonId) : Optional.empty())
                .orElseThrow(() -> current
                        ? new NotFound("scorm.error.notPublished", "No published package for lesson " + lessonId)
                        : new NotFound("training.error.notFound", "lesson " + lessonId));
        List<ScormAttempt> mine = scorm.attemptsOf(user.subject(), version.getLessonId());
        ScormPackage pkg = version.getPackage();
        Sco item = (itemIdentifier == null || itemIdentifier.isBlank() ? Optional.<Sco>empty() : pkg.item(itemIdentifier))
                .orElseGet(() -> firstToDo(pkg, mine, version));
        Instant now = clock.instant();
        ScormAttempt attempt = mine.stream()
                .filter(a -> a.getLessonVersion().getId().equals(version.getId())
                        && a.getItemIdentifier().equals(item.identifier()))
                .findFirst().orElseGet(() -> {
                    ScormAttempt started = new ScormAttempt(user.subject(), version, item.identifier(), now);
                    scorm.add(started);
                    return started;
                });
        attempt.endSession(now); // time reported by an earlier visit that never said goodbye
        attempt.beginSession(now);
        return new PlayView(courseId, lessonId, lesson.getTitle(), attempt.getId() == null ? 0 : attempt.getId(),
                pkg.getScormVersion().is2004(), pkg.getSha256(), version.getVersionNumber(),
                pkg.items().stream().map(ItemView::of).toList(), item.identifier(), item.launchUrl(),
                attempt.resumeData(pkg.getScormVersion()), user.subject(), user.displayName(),
                lessonSatisfied(version, user.subject()));
    }

    /**
     * Keeps what the SCO committed to {@code attemptId} (the person's own), and completes the lesson when
     * this commit satisfied the last of its SCOs.
     *
     * @throws org.peaceops.intranet.training.scorm.domain.CmiRefused with the SCORM error code of a bad value
     */
    public CommitOutcome commit(Caller user, long attemptId, Map<String, String> cmi, boolean terminate) {
        ScormAttempt attempt = scorm.attemptsOfLearner(user.subject(), attemptId)
                .orElseThrow(() -> new NotFound("scorm.error.noAttempt", "attempt " + attemptId));
        ScormLessonVersion version = attempt.getLessonVersion();
        ScormPackage pkg = version.getPackage();
        BigDecimal mastery = pkg.item(attempt.getItemIdentifier()).flatMap(Sco::mastery).orElse(null);
        Instant now = clock.instant();
        attempt.commit(pkg.getScormVersion(), cmi, mastery, now);
        if (terminate) {
            attempt.endSession(now);
        }
        if (!lessonSatisfied(version, user.subject())) {
            return new CommitOutcome(false, false);
        }
        long courseId = courseOf(version.getLessonId());
        boolean courseCompleted = learning.completePlayedLesson(user, courseId, version.getLessonId());
        return new CommitOutcome(true, courseCompleted);
    }

    /** Which of the lessons play a SCORM package: their page opens the player instead of "done". */
    public Set<Long> scormLessons(java.util.Collection<Long> lessonIds) {
        return scorm.scormLessons(lessonIds);
    }

    /**
     * A file of a kept package (named by the SHA-256 of its zip), for the content path; empty when the
     * package or the file is not there.
     */
    public Optional<ContentFile> content(String packageSha256, String path) {
        PackagePath wanted;
        try {
            wanted = PackagePath.ofEntry(path);
        } catch (RuntimeException unsafe) {
            return Optional.empty();
        }
        return scorm.packageBySha256(packageSha256).flatMap(p -> p.file(wanted))
                .filter(f -> store.exists(f.getBlobSha256()))
                .map(f -> new ContentFile(f.getPath().value(), store.file(f.getBlobSha256()), f.getSize(),
                        f.getBlobSha256()));
    }

    private boolean lessonSatisfied(ScormLessonVersion version, String subject) {
        List<ScormAttempt> attempts = scorm.attemptsOf(subject, version.getLessonId()).stream()
                .filter(a -> a.getLessonVersion().getId().equals(version.getId())).toList();
        return version.getPackage().items().stream().filter(Sco::sco).allMatch(sco -> attempts.stream()
                .anyMatch(a -> a.getItemIdentifier().equals(sco.identifier()) && a.isSatisfied(sco.masteryScore())));
    }

    private static Sco firstToDo(ScormPackage pkg, List<ScormAttempt> mine, ScormLessonVersion version) {
        List<Sco> items = pkg.items();
        return items.stream().filter(Sco::sco).filter(s -> mine.stream().noneMatch(a ->
                a.getLessonVersion().getId().equals(version.getId()) && a.getItemIdentifier().equals(s.identifier())
                        && a.isSatisfied(s.masteryScore()))).findFirst().orElse(items.get(0));
    }

    private Optional<ScormLessonVersion> latestPublished(long lessonId) {
        return scorm.versionsOf(lessonId).stream().filter(ScormLessonVersion::isPublished)
                .max(Comparator.comparing(ScormLessonVersion::getVersionNumber));
    }

    /**
     * The package version the person's attempts hold them to, if any: on the lesson itself, the latest
     * version they began (a package replaced in the same course version); else, going back through the
     * lessons it was copied from, the version of an attempt not yet satisfied there. A lesson finished on
     * an earlier course version does not hold them: a new course version is a fresh start.
     */
    private Optional<ScormLessonVersion> pinnedVersion(String subject, Course course, Lesson lesson) {
        Optional<ScormLessonVersion> own = scorm.attemptsOf(subject, lesson.getId()).stream()
                .map(ScormAttempt::getLessonVersion).max(Comparator.comparing(ScormLessonVersion::getVersionNumber));
        if (own.isPresent()) {
            return own;
        }
        Map<Long, Lesson> byId = new HashMap<>();
        course.getVersions().stream().filter(CourseVersion::isPublished)
                .forEach(v -> v.lessons().forEach(l -> byId.put(l.getId(), l)));
        Set<Long> seen = new HashSet<>();
        Optional<Long> origin = lesson.getCopiedFromId();
        while (origin.isPresent() && seen.add(origin.get()) && byId.containsKey(origin.get())) {
            Lesson earlier = byId.get(origin.get());
            Optional<ScormLessonVersion> begun = scorm.attemptsOf(subject, earlier.getId()).stream()
                    .map(ScormAttempt::getLessonVersion)
                    .max(Comparator.comparing(ScormLessonVersion::getVersionNumber));
            if (begun.isPresent()) {
                return begun.filter(v -> !lessonSatisfied(v, subject));
            }
            origin = earlier.getCopiedFromId();
        }
        return Optional.empty();
    }

    /** A lesson of any published version of the course (an earlier one is played only to resume). */
    private static Lesson publishedLesson(Course course, long lessonId) {
        return course.getVersions().stream().filter(CourseVersion::isPublished)
                .flatMap(v -> v.lesson(lessonId).stream()).findFirst()
                .orElseThrow(() -> new NotFound("training.error.notFound", "lesson " + lessonId));
    }

    private long courseOf(long lessonId) {
        return scorm.courseOfLesson(lessonId)
                .orElseThrow(() -> new NotFound("training.error.notFound", "lesson " + lessonId));
    }
}
