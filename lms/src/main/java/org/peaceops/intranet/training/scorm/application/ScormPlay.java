package org.peaceops.intranet.training.scorm.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.training.application.Learning;
import org.peaceops.intranet.training.application.TrainingRulesAsApplicationExceptions;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.scorm.domain.PackagePath;
import org.peaceops.intranet.training.scorm.domain.ScormAttempt;
import org.peaceops.intranet.training.scorm.domain.ScormLessonVersion;
import org.peaceops.intranet.training.scorm.domain.ScormPackage;
import org.peaceops.intranet.training.scorm.domain.ScormRepository;
import org.peaceops.intranet.training.scorm.domain.Sco;

/**
 * A learner's side of SCORM lessons: open the lesson (the attempt resumes on the version it began with,
 * else the latest published), have the run-time's commits kept, and complete the lesson through
 * training's one completion path once every SCO of the version is satisfied. Always the signed-in
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

    /** Opens the lesson at {@code itemIdentifier} (the first SCO when blank) and begins a session. */
    public PlayView open(Caller user, long courseId, long lessonId, String itemIdentifier) {
        Lesson lesson = publishedLesson(courseId, lessonId);
        List<ScormAttempt> mine = scorm.attemptsOf(user.subject(), lessonId);
        ScormLessonVersion version = mine.stream().map(ScormAttempt::getLessonVersion)
                .max(Comparator.comparing(ScormLessonVersion::getVersionNumber))
                .or(() -> latestPublished(lessonId))
                .orElseThrow(() -> new NotFound("scorm.error.notPublished", "No published package for lesson " + lessonId));
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
    public java.util.Set<Long> scormLessons(java.util.Collection<Long> lessonIds) {
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

    private Lesson publishedLesson(long courseId, long lessonId) {
        return courses.find(courseId).filter(Course::isPublished).flatMap(Course::currentVersion)
                .flatMap(v -> v.lesson(lessonId))
                .orElseThrow(() -> new NotFound("training.error.notFound", "lesson " + lessonId));
    }

    private long courseOf(long lessonId) {
        return scorm.courseOfLesson(lessonId)
                .orElseThrow(() -> new NotFound("training.error.notFound", "lesson " + lessonId));
    }
}
