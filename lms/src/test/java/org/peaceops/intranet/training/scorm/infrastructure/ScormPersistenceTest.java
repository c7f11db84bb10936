package org.peaceops.intranet.training.scorm.infrastructure;

import static org.peaceops.intranet.testing.Fields.withEm;
import static org.peaceops.intranet.testing.Fields.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.testing.Callers;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.training.application.Completions;
import org.peaceops.intranet.training.application.Learning;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DeliveryMode;
import org.peaceops.intranet.training.domain.TrainingPhase;
import org.peaceops.intranet.training.infrastructure.JpaAssignmentRepository;
import org.peaceops.intranet.training.infrastructure.JpaCourseRepository;
import org.peaceops.intranet.training.infrastructure.JpaLearnerRepository;
import org.peaceops.intranet.training.infrastructure.JpaLearningRepository;
import org.peaceops.intranet.training.infrastructure.JpaRecordRepository;
import org.peaceops.intranet.training.refresher.infrastructure.JpaOwedRefresherRepository;
import org.peaceops.intranet.training.scorm.ScormFixtures;
import org.peaceops.intranet.training.scorm.application.CommitOutcome;
import org.peaceops.intranet.training.scorm.application.ContentFile;
import org.peaceops.intranet.training.scorm.application.PackagePreview;
import org.peaceops.intranet.training.scorm.application.PlayView;
import org.peaceops.intranet.training.scorm.application.ScormLessons;
import org.peaceops.intranet.training.scorm.application.ScormPlay;
import org.peaceops.intranet.training.scorm.application.ScormRevisions;
import org.peaceops.intranet.training.scorm.domain.CmiRefused;
import org.peaceops.intranet.training.scorm.domain.PackageRefused;
import org.peaceops.intranet.training.scorm.domain.ScormAttempt;

/**
 * SCORM lessons on the Flyway schema in H2 (PostgreSQL mode) with EclipseLink, the real JPA repositories
 * and the documents blob store: an import is kept once per content and its files shared by a second
 * import; a refused package leaves nothing; the run-time's commits are kept, checked against the data
 * model and resumed; a satisfied package completes the lesson and the course with a certificate; a new
 * package version leaves an attempt in progress on its own.
 */
class ScormPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:30:00Z");

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;
    private BlobStore blobs;
    private long courseId;
    private long lessonId;

    private final Caller trainer = Callers.named("sub-trainer").displayName("Tess Trainer").at("UNMISS")
            .withRoles(Role.TRAINER).build();
    private final Caller alice = Callers.person("sub-alice", "UNMISS");
    private final Caller bob = Callers.person("sub-bob", "UNMISS");

    @BeforeEach
    void schema() throws IOException {
        unit = H2PersistenceUnit.migrated(dir, "training", "training", "SEVERE");
        blobs = new BlobStore(Files.createDirectories(dir.resolve("blobs")), 50L * 1024 * 1024);
        long[] ids = unit.inTransaction(em -> {
            Course course = new Course("ELC-1", "Conduct and discipline", null, TrainingPhase.PRE_DEPLOYMENT);
            course.describe("Conduct and discipline", null, null, null, TrainingPhase.PRE_DEPLOYMENT, null, 60,
                    DeliveryMode.E_LEARNING, 24);
            course.ownedBy("sub-trainer", "UNMISS");
            em.persist(course);
            CourseVersion v = course.openDraft();
            v.addLesson(v.addModule("E-learning"), "Conduct and discipline", "<p>SCORM</p>");
            course.publish(NOW.minusSeconds(86_400), "sub-trainer");
            em.flush();
            return new long[] {course.getId(), course.currentVersion().orElseThrow().lessons().get(0).getId()};
        });
        courseId = ids[0];
        lessonId = ids[1];
    }

    @AfterEach
    void close() {
        unit.close();
    }

    @Test
    void anImportIsKeptOnceAndASecondImportOfTheSamePackageSharesItsFiles() throws IOException {
        PackagePreview first = lessons(s -> s.importPackage(trainer, courseId, lessonId, zip(ScormFixtures.scorm12())));
        long blobsAfterFirst = blobCount();
        PackagePreview second = lessons(s -> s.importPackage(trainer, courseId, lessonId, zip(ScormFixtures.scorm12())));

        assertThat(first.title()).isEqualTo("Conduct and discipline");
        assertThat(first.edition()).isEqualTo("1.2");
        assertThat(first.items()).singleElement().satisfies(i -> assertThat(i.masteryScore()).isEqualByComparingTo("80"));
        assertThat(first.published()).isFalse();
        assertThat(first.sharedWithEarlierImport()).isFalse();
        assertThat(second.versionNumber()).isEqualTo(2);
        assertThat(second.sharedWithEarlierImport()).as(first + " / " + second).isTrue();
        assertThat(second.packageId()).as(first + " / " + second).isEqualTo(first.packageId());
        assertThat(blobCount()).isEqualTo(blobsAfterFirst).isEqualTo(4); // the zip and its three files
        java.util.Set<String> referenced = unit.inTransaction(em -> repository(em).blobHashes());
        assertThat(referenced).hasSize(4);
    }

    @Test
    void aRefusedPackageLeavesNoRowAndNoBlob() throws IOException {
        assertThatThrownBy(() -> lessons(s -> s.importPackage(trainer, courseId, lessonId, zip(ScormFixtures.pathTraversal()))))
                .isInstanceOf(PackageRefused.class);

        assertThat(blobCount()).isZero();
        assertThat(count("select count(p) from ScormPackage p")).isZero();
    }

    @Test
    void commitsAreKeptAndResumedAndASatisfiedPackageCompletesTheCourseWithACertificate() {
        publishedPackage(ScormFixtures.scorm12());

        PlayView first = play(s -> s.open(alice, courseId, lessonId, null));
        assertThat(first.scorm2004()).isFalse();
        assertThat(first.launchUrl()).isEqualTo("sco/index.html");
        assertThat(first.startData()).containsEntry("cmi.core.entry", "ab-initio")
                .containsEntry("cmi.core.lesson_status", "not attempted");
        CommitOutcome halfway = play(s -> s.commit(alice, first.attemptId(), Map.of("cmi.core.lesson_status", "incomplete",
                "cmi.core.lesson_location", "page-2", "cmi.suspend_data", "seen=1,2", "cmi.core.session_time", "00:05:00",
                "cmi.core.student_id", "sub-alice"), true));
        assertThat(halfway.lessonCompleted()).isFalse();

        PlayView back = play(s -> s.open(alice, courseId, lessonId, null));
        assertThat(back.attemptId()).isEqualTo(first.attemptId());
        assertThat(back.startData()).containsEntry("cmi.core.entry", "resume")
                .containsEntry("cmi.core.lesson_location", "page-2").containsEntry("cmi.suspend_data", "seen=1,2")
                .containsEntry("cmi.core.lesson_status", "incomplete");

        CommitOutcome done = play(s -> s.commit(alice, back.attemptId(), Map.of("cmi.core.lesson_status", "completed",
                "cmi.core.score.raw", "90", "cmi.core.session_time", "00:02:30"), true));

        assertThat(done.lessonCompleted()).isTrue();
        assertThat(done.courseCompleted()).isTrue();
        List<org.peaceops.intranet.training.domain.Certificate> certificates = unit.inTransaction(
                em -> withEm(new JpaRecordRepository(), em).certificatesOf("sub-alice"));
        assertThat(certificates).hasSize(1);
        ScormAttempt attempt = unit.inTransaction(em -> em.find(ScormAttempt.class, first.attemptId()));
        assertThat(attempt.getSessions()).isEqualTo(2);
        assertThat(attempt.getTotalSeconds()).isEqualTo(450);
        assertThat(attempt.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("90"));
    }

    @Test
    void aScoreBelowTheMasteryScoreFailsAndCompletesNothing() {
        publishedPackage(ScormFixtures.scorm12());
        PlayView view = play(s -> s.open(alice, courseId, lessonId, null));

        CommitOutcome failed = play(s -> s.commit(alice, view.attemptId(), Map.of("cmi.core.lesson_status", "completed",
                "cmi.core.score.raw", "50"), true));

        assertThat(failed.lessonCompleted()).isFalse();
        assertThat(play(s -> s.open(alice, courseId, lessonId, null)).startData())
                .containsEntry("cmi.core.lesson_status", "failed");
    }

    @Test
    void aValueTheDataModelRefusesGetsItsScormErrorCodeAndNothingIsKept() {
        publishedPackage(ScormFixtures.scorm12());
        PlayView view = play(s -> s.open(alice, courseId, lessonId, null));

        assertThatThrownBy(() -> play(s -> s.commit(alice, view.attemptId(), Map.of("cmi.core.lesson_status", "done",
                "cmi.suspend_data", "kept?"), false)))
                .isInstanceOfSatisfying(CmiRefused.class, r -> assertThat(r.scormErrorCode()).isEqualTo("405"));
        assertThatThrownBy(() -> play(s -> s.commit(bob, view.attemptId(), Map.of("cmi.core.lesson_status", "passed"), false)))
                .isInstanceOf(org.peaceops.intranet.shared.refusal.NotFound.class);

        assertThat(play(s -> s.open(alice, courseId, lessonId, null)).startData())
                .containsEntry("cmi.suspend_data", "");
    }

    @Test
    void aNewPackageVersionLeavesAnAttemptInProgressOnItsOwnVersion() {
        publishedPackage(ScormFixtures.scorm12());
        play(s -> s.open(alice, courseId, lessonId, null));

        PackagePreview v2 = lessons(s -> s.importPackage(trainer, courseId, lessonId, zip(ScormFixtures.scorm2004())));
        lessons(s -> s.publish(trainer, courseId, lessonId, v2.versionNumber()));

        PlayView alicesView = play(s -> s.open(alice, courseId, lessonId, null));
        PlayView bobsView = play(s -> s.open(bob, courseId, lessonId, null));
        assertThat(alicesView.versionNumber()).isEqualTo(1);
        assertThat(alicesView.scorm2004()).isFalse();
        assertThat(bobsView.versionNumber()).isEqualTo(2);
        assertThat(bobsView.items()).hasSize(2);
        assertThat(bobsView.launchUrl()).isEqualTo("content/travel.html");
    }

    @Test
    void aLearnerInProgressWhenTheCourseIsRevisedAndThePackageReplacedResumesTheOldPackageAndCompletesTheirVersion() {
        publishedPackage(ScormFixtures.scorm12());
        PlayView alicesFirst = play(s -> s.open(alice, courseId, lessonId, null));
        play(s -> s.commit(alice, alicesFirst.attemptId(), Map.of("cmi.core.lesson_status", "incomplete",
                "cmi.core.lesson_location", "page-2", "cmi.suspend_data", "seen=1"), true));

        long copiedLesson = openDraft();
        PackagePreview replacement = publishedPackage(copiedLesson, ScormFixtures.scorm2004());
        publishCourse();

        assertThat(replacement.versionNumber()).isEqualTo(2);
        PlayView alicesBack = play(s -> s.open(alice, courseId, copiedLesson, null));
        assertThat(alicesBack.attemptId()).isEqualTo(alicesFirst.attemptId());
        assertThat(alicesBack.versionNumber()).isEqualTo(1);
        assertThat(alicesBack.scorm2004()).isFalse();
        assertThat(alicesBack.packageSha256()).isEqualTo(alicesFirst.packageSha256());
        assertThat(alicesBack.lessonId()).as("the table of contents stays on the lesson she opened").isEqualTo(copiedLesson);
        assertThat(alicesBack.startData()).containsEntry("cmi.core.entry", "resume")
                .containsEntry("cmi.core.lesson_location", "page-2").containsEntry("cmi.suspend_data", "seen=1");
        PlayView bobsView = play(s -> s.open(bob, courseId, copiedLesson, null));
        assertThat(bobsView.versionNumber()).isEqualTo(2);
        assertThat(bobsView.scorm2004()).isTrue();
        assertThat(bobsView.packageSha256()).isNotEqualTo(alicesFirst.packageSha256());
        Caller carol = Callers.person("sub-carol", "UNMISS");
        assertThatThrownBy(() -> play(s -> s.open(carol, courseId, lessonId, null)))
                .as("an earlier version's lesson is only played to resume").isInstanceOf(NotFound.class);
        assertThat(play(s -> s.open(alice, courseId, lessonId, null)).attemptId())
                .as("the old lesson's own address resumes too").isEqualTo(alicesFirst.attemptId());

        CommitOutcome done = play(s -> s.commit(alice, alicesBack.attemptId(), Map.of("cmi.core.lesson_status",
                "completed", "cmi.core.score.raw", "90"), true));

        assertThat(done.lessonCompleted()).isTrue();
        assertThat(done.courseCompleted()).isTrue();
        List<org.peaceops.intranet.training.domain.TrainingRecord> records = unit.inTransaction(
                em -> withEm(new JpaRecordRepository(), em).ofLearner("sub-alice"));
        assertThat(records).singleElement().satisfies(r -> assertThat(r.getCourseVersionNumber())
                .as("counts for the version she was enrolled on").isEqualTo(1));
        List<org.peaceops.intranet.training.domain.Certificate> certificates = unit.inTransaction(
                em -> withEm(new JpaRecordRepository(), em).certificatesOf("sub-alice"));
        assertThat(certificates).hasSize(1);
        Map<String, org.peaceops.intranet.training.scorm.application.RosterScorm> roster =
                lessons(s -> s.roster(trainer, courseId));
        assertThat(roster.get("sub-alice").status()).isEqualTo("PASSED");
        assertThat(roster.get("sub-alice").scorePercent()).isEqualByComparingTo("90");
        assertThat(roster).containsKey("sub-bob");
        PlayView alicesNext = play(s -> s.open(alice, courseId, copiedLesson, null));
        assertThat(alicesNext.versionNumber()).as("finished on v1, the new version is a fresh start").isEqualTo(2);
        assertThat(alicesNext.attemptId()).isNotEqualTo(alicesFirst.attemptId());
    }

    @Test
    void aRevisedCourseCarriesThePackageToTheCopiedLessonAndAnAttemptStaysOnTheOldOne() {
        publishedPackage(ScormFixtures.scorm12());
        PlayView alicesFirst = play(s -> s.open(alice, courseId, lessonId, null));

        long copiedLesson = openDraft();
        publishCourse();

        assertThat(copiedLesson).isNotEqualTo(lessonId);
        PlayView bobsView = play(s -> s.open(bob, courseId, copiedLesson, null));
        assertThat(bobsView.versionNumber()).isEqualTo(1);
        assertThat(bobsView.launchUrl()).isEqualTo("sco/index.html");
        assertThat(count("select count(p) from ScormPackage p")).isEqualTo(1);
        List<ScormAttempt> alicesOnTheOld = unit.inTransaction(em -> repository(em).attemptsOf("sub-alice", lessonId));
        assertThat(alicesOnTheOld).extracting(ScormAttempt::getId).containsExactly(alicesFirst.attemptId());
        List<ScormAttempt> alicesOnTheCopy = unit.inTransaction(em -> repository(em).attemptsOf("sub-alice", copiedLesson));
        assertThat(alicesOnTheCopy).isEmpty();
    }

    /** CDI's synchronous delivery of the revision event, to the one observer under test. */
    static final class Delivering implements jakarta.enterprise.event.Event<
            org.peaceops.intranet.training.application.CourseRevised> {
        private final ScormRevisions carrier;

        Delivering(ScormRevisions carrier) {
            this.carrier = carrier;
        }

        @Override
        public void fire(org.peaceops.intranet.training.application.CourseRevised event) {
            carrier.carry(event);
        }

        @Override
        public <U extends org.peaceops.intranet.training.application.CourseRevised>
                java.util.concurrent.CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends org.peaceops.intranet.training.application.CourseRevised>
                java.util.concurrent.CompletionStage<U> fireAsync(U event, jakarta.enterprise.event.NotificationOptions o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.enterprise.event.Event<org.peaceops.intranet.training.application.CourseRevised> select(
                java.lang.annotation.Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends org.peaceops.intranet.training.application.CourseRevised> jakarta.enterprise.event.Event<U>
                select(Class<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends org.peaceops.intranet.training.application.CourseRevised> jakarta.enterprise.event.Event<U>
                select(jakarta.enterprise.util.TypeLiteral<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aScormLessonIsNotCompletedByTheLearnerSayingSo() {
        publishedPackage(ScormFixtures.scorm12());

        assertThatThrownBy(() -> unit.inTransaction(em -> learning(em).completeLesson(alice, courseId, lessonId)))
                .isInstanceOf(RuleBroken.class).hasMessageContaining("SCORM");
    }

    @Test
    void theContentPathServesOnlyFilesOfThePackage() {
        publishedPackage(ScormFixtures.scorm12());
        String p = unit.inTransaction(em -> em.createQuery("select p.sha256 from ScormPackage p", String.class)
                .getSingleResult());

        java.util.Optional<ContentFile> launch = play(s -> s.content(p, "sco/index.html"));
        java.util.Optional<ContentFile> outside = play(s -> s.content(p, "../imsmanifest.xml"));
        java.util.Optional<ContentFile> absent = play(s -> s.content(p, "sco/other.html"));
        assertThat(launch).hasValueSatisfying(f -> {
            assertThat(f.bytes()).exists();
            assertThat(f.size()).isEqualTo(ScormFixtures.SCO_12.length());
        });
        assertThat(outside).isEmpty();
        assertThat(absent).isEmpty();
    }

    /** The trainer opens a draft of the course (its lessons copied, packages carried): the copied lesson's id. */
    private long openDraft() {
        return unit.inTransaction(em -> {
            org.peaceops.intranet.training.application.CourseAuthoring authoring =
                    new org.peaceops.intranet.training.application.CourseAuthoring();
            set(authoring, "courses", withEm(new JpaCourseRepository(), em));
            set(authoring, "access", new UnmissTrainers());
            ScormRevisions carrier = new ScormRevisions();
            set(carrier, "scorm", repository(em));
            set(authoring, "revised", new Delivering(carrier));
            authoring.openDraft(trainer, courseId);
            return em.find(Course.class, courseId).draft().orElseThrow().lessons().get(0).getId();
        });
    }

    private void publishCourse() {
        unit.inTransaction(em -> em.find(Course.class, courseId).publish(NOW, "sub-trainer"));
    }

    private PackagePreview publishedPackage(byte[] zip) {
        return publishedPackage(lessonId, zip);
    }

    private PackagePreview publishedPackage(long lesson, byte[] zip) {
        PackagePreview imported = lessons(s -> s.importPackage(trainer, courseId, lesson, zip(zip)));
        return lessons(s -> s.publish(trainer, courseId, lesson, imported.versionNumber()));
    }

    private static ByteArrayInputStream zip(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private long blobCount() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("blobs"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private long count(String jpql) {
        return unit.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private <T> T lessons(Function<ScormLessons, T> work) {
        return unit.inTransaction(em -> {
            ScormLessons s = new ScormLessons();
            set(s, "scorm", repository(em));
            set(s, "courses", withEm(new JpaCourseRepository(), em));
            set(s, "access", new UnmissTrainers());
            set(s, "store", blobs);
            set(s, "archives", new ZipPackageArchives());
            set(s, "audit", new Silent());
            set(s, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
            return work.apply(s);
        });
    }

    private <T> T play(Function<ScormPlay, T> work) {
        return unit.inTransaction(em -> {
            ScormPlay s = new ScormPlay();
            set(s, "scorm", repository(em));
            set(s, "courses", withEm(new JpaCourseRepository(), em));
            set(s, "learning", learning(em));
            set(s, "store", blobs);
            set(s, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
            return work.apply(s);
        });
    }

    private static JpaScormRepository repository(EntityManager em) {
        return withEm(new JpaScormRepository(), em);
    }

    private static Learning learning(EntityManager em) {
        Learning l = new Learning();
        Completions completions = new Completions();
        set(completions, "records", withEm(new JpaRecordRepository(), em));
        set(completions, "assignments", withEm(new JpaAssignmentRepository(), em));
        set(completions, "owedRefreshers", withEm(new JpaOwedRefresherRepository(), em));
        set(l, "courses", withEm(new JpaCourseRepository(), em));
        set(l, "learners", withEm(new JpaLearnerRepository(), em));
        set(l, "assignments", withEm(new JpaAssignmentRepository(), em));
        set(l, "learning", withEm(new JpaLearningRepository(), em));
        set(l, "records", withEm(new JpaRecordRepository(), em));
        set(l, "completions", completions);
        set(l, "scorm", repository(em));
        set(l, "journal", org.peaceops.intranet.training.forward.application.LearningJournal.of(
                org.peaceops.intranet.platform.application.MissionNode.of(null), null));
        return l;
    }

    /** The access policy's answer for a trainer of UNMISS, without the identity context. */
    static final class UnmissTrainers extends TrainingAccess {
        @Override
        public void requireManage(Caller user, String missionScope) {
            if (!user.hasRole(Role.TRAINER)) {
                throw new org.peaceops.intranet.shared.refusal.AccessDenied("training.error.denied", "denied");
            }
        }

        @Override
        public void requireCourseInScope(Caller user, Course course) {
            requireManage(user, course.getMissionScope());
        }

        @Override
        public MissionScope managedMissions(Caller user) {
            return user.hasRole(Role.TRAINER) ? MissionScope.of(List.of("UNMISS")) : MissionScope.none();
        }
    }

    static final class Silent implements AuditTrail {
        @Override
        public void record(AuditRecord line) {
        }

        @Override
        public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
        }
    }

}
