package org.peaceops.intranet.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A completion: who completed which version of which course, when, how, and which guidance versions
 * that course version cited at the time. The record of who was trained on what; it never changes and
 * is never deleted (no setters, every column insert-only, and the entity refuses updates and removal).
 */
@Entity
@Table(name = "training_record", schema = "training")
public class TrainingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_record_seq")
    @SequenceGenerator(name = "training_record_seq", sequenceName = "training.learning_seq", allocationSize = 50)
    private Long id;

    @Column(name = "learner_subject", nullable = false, updatable = false, length = 255)
    private String learnerSubject;

    @Column(name = "learner_name", nullable = false, updatable = false, length = 255)
    private String learnerName;

    @Column(nullable = false, updatable = false, length = 20)
    private String mission;

    @Column(nullable = false, updatable = false, length = 20)
    private String category;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "course_code", nullable = false, updatable = false, length = 40)
    private String courseCode;

    @Column(name = "course_title", nullable = false, updatable = false, length = 200)
    private String courseTitle;

    @Column(name = "course_version_number", nullable = false, updatable = false)
    private int courseVersionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private CompletionMethod method;

    @Column(name = "score_percent", updatable = false)
    private Integer scorePercent;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private LocalDateTime completedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 255)
    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "record_citation", schema = "training", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<GuidanceCitation> citations = new ArrayList<>();

    protected TrainingRecord() {
        // for JPA
    }

    private TrainingRecord(Learner learner, CourseVersion version, CompletionMethod method, Integer score,
            String recordedBy, Instant at) {
        if (!version.isPublished()) {
            throw new TrainingRuleException("training.error.notPublished", "Only a published version can be completed");
        }
        Course course = version.getCourse();
        this.learnerSubject = learner.getSubject();
        this.learnerName = learner.getDisplayName();
        this.mission = learner.getMission();
        this.category = learner.getCategory();
        this.courseId = Objects.requireNonNull(course.getId(), "course id");
        this.courseCode = course.getCode();
        this.courseTitle = course.getTitleEn();
        this.courseVersionNumber = version.getNumber();
        this.method = method;
        this.scorePercent = score;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.completedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.citations = new ArrayList<>(version.getCitations().stream().map(GuidanceCitation::copy).toList());
    }

    /**
     * Completion online: every lesson of the version gone through, and its quiz passed when it has one.
     * Refused otherwise, so that a record always means the rule was met.
     */
    public static TrainingRecord fromLearning(Learner learner, CourseVersion version, java.util.Set<Long> lessonsDone,
            Optional<QuizAttempt> passedAttempt, Instant at) {
        boolean allLessons = version.lessons().stream().allMatch(l -> lessonsDone.contains(l.getId()));
        if (!allLessons) {
            throw new TrainingRuleException("training.error.lessonsLeft", "Lessons are left to go through");
        }
        if (version.hasQuiz() && passedAttempt.filter(QuizAttempt::isPassed).isEmpty()) {
            throw new TrainingRuleException("training.error.quizNotPassed", "The quiz is not passed yet");
        }
        Integer score = passedAttempt.flatMap(QuizAttempt::getScorePercent).orElse(null);
        return new TrainingRecord(learner, version, CompletionMethod.E_LEARNING, score, learner.getSubject(), at);
    }

    /**
     * Completion online made on a mission node, as headquarters records it when the node forwards it: the
     * node checked the rule (every lesson, the quiz passed) on the same version, replicated from
     * headquarters, and its own record carries the lessons and attempts headquarters does not need to
     * see again. Dated when it was made on the node, recorded by the learner as online completions are.
     */
    public static TrainingRecord forwarded(Learner learner, CourseVersion version, Integer score, Instant completedAt) {
        return new TrainingRecord(learner, version, CompletionMethod.E_LEARNING, score, learner.getSubject(), completedAt);
    }

    /**
     * Completion by attendance a trainer records (classroom or blended delivery). Never for the trainer
     * themself: the record issues a certificate, so a second person must vouch for it.
     */
    public static TrainingRecord fromAttendance(Learner learner, CourseVersion version, String trainer, Instant at) {
        if (learner.getSubject().equals(trainer)) {
            throw new TrainingRuleException("training.error.ownRecord",
                    "A trainer does not record their own attendance");
        }
        if (version.getCourse().getDeliveryMode() == DeliveryMode.E_LEARNING) {
            throw new TrainingRuleException("training.error.attendanceOnline",
                    "Attendance is recorded for classroom and blended courses only");
        }
        return new TrainingRecord(learner, version, CompletionMethod.ATTENDANCE, null, trainer, at);
    }

    /**
     * Completion attested by a training centre (before deployment, often in the person's own country)
     * and verified by a trainer who did not upload it: recorded by the verifier, dated the day the
     * centre gives (at noon UTC, so the certificate shows that same day wherever the person serves).
     */
    public static TrainingRecord fromAttestation(Learner learner, CourseVersion version, java.time.LocalDate completedOn,
            String verifier) {
        return new TrainingRecord(learner, version, CompletionMethod.ATTESTATION, null, verifier,
                completedOn.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("A training record is immutable: " + id);
    }

    public Long getId() {
        return id;
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getMission() {
        return mission;
    }

    public String getCategory() {
        return category;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public int getCourseVersionNumber() {
        return courseVersionNumber;
    }

    public CompletionMethod getMethod() {
        return method;
    }

    public Optional<Integer> getScorePercent() {
        return Optional.ofNullable(scorePercent);
    }

    public Instant getCompletedAt() {
        return completedAt.toInstant(ZoneOffset.UTC);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<GuidanceCitation> getCitations() {
        return Collections.unmodifiableList(citations);
    }
}
