package org.peaceops.intranet.training.scorm.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peaceops.intranet.documents.application.blobs.BlobTooLargeException;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.documents.application.blobs.StoredBlob;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.shared.refusal.TooLarge;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.application.TrainingRulesAsApplicationExceptions;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.scorm.domain.InspectedPackage;
import org.peaceops.intranet.training.scorm.domain.PackageArchive;
import org.peaceops.intranet.training.scorm.domain.PackageInspection;
import org.peaceops.intranet.training.scorm.domain.PackageLimits;
import org.peaceops.intranet.training.scorm.domain.PackagePath;
import org.peaceops.intranet.training.scorm.domain.ScormAttempt;
import org.peaceops.intranet.training.scorm.domain.SuccessStatus;
import org.peaceops.intranet.training.scorm.domain.ScormLessonVersion;
import org.peaceops.intranet.training.scorm.domain.ScormPackage;
import org.peaceops.intranet.training.scorm.domain.ScormRepository;

/**
 * A trainer's side of SCORM lessons: import a package into a lesson of a course they manage, look at what
 * its manifest says, publish it. The zip is checked while the content store holds it in its temporary
 * file, so a refused package leaves nothing; an accepted one is unpacked once into the store, a blob per
 * file, and a package already kept (same SHA-256) is not unpacked again.
 */
@Stateless
@Interceptors(TrainingRulesAsApplicationExceptions.class)
public class ScormLessons {

    @Inject
    ScormRepository scorm;

    @Inject
    CourseRepository courses;

    @Inject
    TrainingAccess access;

    @Inject
    ContentStore store;

    @Inject
    PackageArchives archives;

    @Inject
    AuditTrail audit;

    @Inject
    ScormImportLimits configured;

    Clock clock = Clock.systemUTC();
    PackageLimits limits = PackageLimits.DEFAULT;

    @PostConstruct
    void configure() {
        limits = configured.limits();
    }

    /** Checks and keeps the package as the lesson's next version, not yet published. */
    public PackagePreview importPackage(Caller user, long courseId, long lessonId, InputStream zip) {
        Lesson lesson = managedLesson(user, courseId, lessonId);
        InspectedPackage[] inspected = new InspectedPackage[1];
        StoredBlob blob;
        try {
            blob = store.store(zip, (file, size) -> {
                try (PackageArchive archive = archives.open(file)) {
                    inspected[0] = new PackageInspection(limits).inspect(archive);
                }
            });
        } catch (BlobTooLargeException e) {
            throw new TooLarge("scorm.refused.UPLOAD_LIMIT", "Package beyond the store's limit", e,
                    String.valueOf(store.maxBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant now = clock.instant();
        Optional<ScormPackage> kept = scorm.packageBySha256(blob.sha256());
        ScormPackage scormPackage = kept.orElseGet(() -> unpack(blob.sha256(), inspected[0], user, now));
        int next = scorm.versionsOf(lesson.getId()).stream().mapToInt(ScormLessonVersion::getVersionNumber)
                .max().orElse(0) + 1;
        ScormLessonVersion version = new ScormLessonVersion(lesson.getId(), next, scormPackage, user.subject(), now);
        scorm.add(version);
        audit.record(user.subject(), AuditAction.TRAINING_SCORM_IMPORTED, "lesson", String.valueOf(lesson.getId()),
                "SCORM package " + blob.sha256() + " imported as version " + next);
        return PackagePreview.of(version, kept.isPresent());
    }

    private ScormPackage unpack(String sha256, InspectedPackage inspected, Caller user, Instant now) {
        Map<PackagePath, String> blobs = new HashMap<>();
        try (PackageArchive archive = archives.open(store.locate(sha256))) {
            for (InspectedPackage.PackageFile f : inspected.files()) {
                try (InputStream in = archive.open(f.entryName())) {
                    blobs.put(f.path(), store.store(in, (file, size) -> { }).sha256());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScormPackage created = new ScormPackage(sha256, inspected, blobs, user.subject(), now);
        scorm.add(created);
        return created;
    }

    /** Makes the version the one new attempts start on; attempts begun on an earlier one keep it. */
    public PackagePreview publish(Caller user, long courseId, long lessonId, int versionNumber) {
        Lesson lesson = managedLesson(user, courseId, lessonId);
        ScormLessonVersion version = scorm.versionsOf(lesson.getId()).stream()
                .filter(v -> v.getVersionNumber() == versionNumber).findFirst()
                .orElseThrow(() -> new NotFound("scorm.error.noVersion", "No version " + versionNumber));
        version.publish(clock.instant());
        audit.record(user.subject(), AuditAction.TRAINING_SCORM_PUBLISHED, "lesson", String.valueOf(lesson.getId()),
                "SCORM version " + versionNumber + " published");
        return PackagePreview.of(version, false);
    }

    /** The lesson's package versions, oldest first. */
    public List<PackagePreview> versions(Caller user, long courseId, long lessonId) {
        Lesson lesson = managedLesson(user, courseId, lessonId);
        return scorm.versionsOf(lesson.getId()).stream().map(v -> PackagePreview.of(v, false)).toList();
    }

    /**
     * Each learner's standing on the course's SCORM lessons, for the roster: the status the package last
     * reported, the best score, the visits and the time spent; empty without SCORM lessons. Every published
     * version's lessons count, since a learner in progress when the course was revised plays on there.
     */
    public Map<String, RosterScorm> roster(Caller user, long courseId) {
        Course course = courses.find(courseId)
                .orElseThrow(() -> new NotFound("training.error.notFound", "course " + courseId));
        access.requireManage(user, course.getMissionScope());
        access.requireCourseInScope(user, course);
        List<Long> lessonIds = course.getVersions().stream().filter(v -> v.isPublished())
                .flatMap(v -> v.lessons().stream()).map(Lesson::getId).toList();
        Map<String, List<ScormAttempt>> bySubject = scorm.attemptsOn(scorm.scormLessons(lessonIds)).stream()
                .collect(Collectors.groupingBy(ScormAttempt::getLearnerSubject));
        Map<String, RosterScorm> rows = new HashMap<>();
        bySubject.forEach((subject, attempts) -> {
            ScormAttempt latest = attempts.stream().max(Comparator.comparing(ScormAttempt::getUpdatedAt)).orElseThrow();
            String status = latest.getSuccess() != SuccessStatus.UNKNOWN ? latest.getSuccess().name()
                    : latest.getCompletion().name();
            BigDecimal best = attempts.stream().map(ScormAttempt::percent).flatMap(Optional::stream)
                    .max(Comparator.naturalOrder()).orElse(null);
            rows.put(subject, new RosterScorm(subject, status, best,
                    attempts.stream().mapToInt(ScormAttempt::getSessions).sum(),
                    attempts.stream().mapToLong(ScormAttempt::getTotalSeconds).sum()));
        });
        return rows;
    }

    private Lesson managedLesson(Caller user, long courseId, long lessonId) {
        Course course = courses.find(courseId)
                .orElseThrow(() -> new NotFound("training.error.notFound", "course " + courseId));
        access.requireManage(user, course.getMissionScope());
        access.requireCourseInScope(user, course);
        return course.draft().flatMap(v -> v.lesson(lessonId))
                .or(() -> course.currentVersion().flatMap(v -> v.lesson(lessonId)))
                .orElseThrow(() -> new NotFound("training.error.notFound", "lesson " + lessonId));
    }
}
