package org.peaceops.intranet.training.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRepository;
import org.peaceops.intranet.training.domain.AssignmentStatus;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseRepository;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.LearnerRepository;
import org.peaceops.intranet.training.domain.LearningRepository;
import org.peaceops.intranet.training.domain.Lesson;
import org.peaceops.intranet.training.domain.QuizAttempt;
import org.peaceops.intranet.training.domain.QuizQuestion;
import org.peaceops.intranet.training.domain.RecordRepository;
import org.peaceops.intranet.training.domain.TrainingRecord;

/**
 * The trainer's side of the record: a course roster (who is assigned, in progress, overdue,
 * completed) filtered by mission and category, attendance for classroom delivery, quiz item
 * statistics; and certificates: the holder's or a trainer's copy, and public verification by code.
 */
@Stateless
@Interceptors(TrainingRulesAsApplicationExceptions.class)
public class TrainingRecords {

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
    TrainingAccess access;

    @Inject
    Completions completions;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Everyone the course concerns within the trainer's missions: each person's latest assignment
     * and latest completion, with the status computed now. Mission and category narrow it (null: all).
     */
    public List<RosterRow> roster(Caller user, long courseId, String mission, String category) {
        Course course = course(courseId);
        MissionScope scope = access.managedMissions(user);
        if (scope.isNone()) {
            throw new org.peaceops.intranet.identity.application.AccessDeniedException("MANAGE_TRAINING denied");
        }
        access.requireCourseInScope(user, course);
        Map<String, Assignment> latest = new LinkedHashMap<>();
        for (Assignment a : assignments.ofCourse(courseId)) {
            latest.put(a.getLearnerSubject(), a);
        }
        Map<String, TrainingRecord> completed = new HashMap<>();
        for (TrainingRecord r : records.ofCourse(courseId)) {
            completed.put(r.getLearnerSubject(), r);
        }
        Set<String> subjects = new java.util.TreeSet<>(latest.keySet());
        subjects.addAll(completed.keySet());
        Map<String, Learner> people = learners.findAll(subjects).stream()
                .collect(Collectors.toMap(Learner::getSubject, Function.identity()));
        List<Long> lessonIds = course.currentVersion().map(CourseVersion::lessons).orElse(List.of()).stream()
                .map(Lesson::getId).toList();
        Instant now = clock.instant();
        List<RosterRow> rows = new ArrayList<>();
        for (String subject : subjects) {
            Learner person = people.get(subject);
            TrainingRecord record = completed.get(subject);
            String personMission = person != null ? person.getMission() : record.getMission();
            String personCategory = person != null ? person.getCategory() : record.getCategory();
            if (!scope.includes(personMission)
                    || (mission != null && !mission.equals(personMission))
                    || (category != null && !category.equals(personCategory))) {
                continue;
            }
            Assignment assignment = latest.get(subject);
            rows.add(new RosterRow(subject, person != null ? person.getDisplayName() : record.getLearnerName(),
                    personMission, personCategory, status(assignment, record, person, lessonIds, now),
                    assignment == null ? null : assignment.dueDate(person).orElse(null),
                    assignment == null ? null : assignment.getId(),
                    record == null ? null : record.getCompletedAt(),
                    record == null ? null : record.getCourseVersionNumber(),
                    record == null ? null : record.getScorePercent().orElse(null)));
        }
        rows.sort(Comparator.comparing(RosterRow::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    private ProgressStatus status(Assignment a, TrainingRecord record, Learner person, List<Long> lessonIds,
            Instant now) {
        if (a == null || a.getStatus() == AssignmentStatus.COMPLETED) {
            return record != null ? ProgressStatus.COMPLETED : ProgressStatus.ASSIGNED;
        }
        if (a.getStatus() == AssignmentStatus.CANCELLED) {
            return ProgressStatus.CANCELLED;
        }
        if (a.isOverdue(person, now)) {
            return ProgressStatus.OVERDUE;
        }
        return learning.lessonsDone(a.getLearnerSubject(), lessonIds).isEmpty() ? ProgressStatus.ASSIGNED
                : ProgressStatus.IN_PROGRESS;
    }

    /**
     * Attendance at a classroom or blended session completes the course for each person named, and
     * issues their certificate: audited, and never by the trainer for themself.
     */
    public int recordAttendance(Caller user, long courseId, List<String> subjects) {
        Course course = course(courseId);
        access.requireCourseInScope(user, course);
        CourseVersion version = course.currentVersion()
                .orElseThrow(() -> new TrainingRejectedException("training.error.notPublished", "Not published"));
        int recorded = 0;
        for (Learner learner : learners.findAll(subjects)) {
            access.requireManage(user, learner.getMission());
            Instant now = clock.instant();
            Certificate certificate = completions.complete(
                    TrainingRecord.fromAttendance(learner, version, user.subject(), now),
                    course.getCertificateValidityMonths(), now);
            audit.record(user.subject(), AuditAction.TRAINING_ATTENDANCE_RECORDED, "course", String.valueOf(courseId),
                    "attendance of " + learner.getSubject() + " (" + learner.getDisplayName() + ", "
                            + learner.getMission() + ") at " + course.getCode() + " v" + version.getNumber()
                            + ", certificate " + certificate.getId());
            recorded++;
        }
        return recorded;
    }

    /** How each question of the current version fared across every submitted attempt. */
    public List<ItemStatistic> itemStatistics(Caller user, long courseId) {
        Course course = course(courseId);
        access.requireManage(user, course.getMissionScope());
        CourseVersion version = course.currentVersion().orElseThrow(() -> new TrainingNotFoundException("version"));
        Map<Long, int[]> counts = new HashMap<>();
        for (QuizAttempt attempt : learning.submittedAttempts(version.getId())) {
            attempt.getAnswers().forEach((questionId, chosen) -> {
                int[] c = counts.computeIfAbsent(questionId, k -> new int[2]);
                c[0]++;
                if (version.question(questionId).map(q -> q.isAnsweredBy(chosen)).orElse(false)) {
                    c[1]++;
                }
            });
        }
        List<ItemStatistic> stats = new ArrayList<>();
        for (QuizQuestion q : version.getQuestions()) {
            int[] c = counts.getOrDefault(q.getId(), new int[2]);
            stats.add(new ItemStatistic(q.getId(), q.getText(), c[0], c[1]));
        }
        return stats;
    }

    /** A certificate its holder, or a trainer of the holder's mission, may download. */
    public Certificate certificateFor(Caller user, long certificateId) {
        Certificate certificate = records.certificate(certificateId)
                .orElseThrow(() -> new TrainingNotFoundException("certificate " + certificateId));
        if (!certificate.getLearnerSubject().equals(user.subject())) {
            String mission = learners.find(certificate.getLearnerSubject()).map(Learner::getMission).orElse(null);
            if (!access.mayManage(user, mission)) {
                // Answered like a missing certificate: nobody learns whose certificates exist.
                throw new TrainingNotFoundException("certificate " + certificateId);
            }
        }
        return certificate;
    }

    public CertificateView certificateView(Certificate c) {
        return CertificateView.of(c, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * Public verification: name, course and validity only. Valid through the expiry day (UTC, the
     * widest reading: a holder is never told "expired" early anywhere in the world).
     */
    public Optional<Verification> verify(String typedCode) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return verify(typedCode, today);
    }

    Optional<Verification> verify(String typedCode, LocalDate today) {
        return Certificate.normaliseCode(typedCode).flatMap(records::certificateByCode)
                .map(c -> new Verification(c.getHolderName(), c.getCourseTitle(), c.getIssuedOn(),
                        c.getExpiresOn().orElse(null), c.isValidOn(today)));
    }

    private Course course(long courseId) {
        return courses.find(courseId).orElseThrow(() -> new TrainingNotFoundException("course " + courseId));
    }
}
