package org.peaceops.intranet.training.forward.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.peaceops.intranet.training.domain.Certificate;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.QuizAttempt;
import org.peaceops.intranet.training.domain.TrainingRecord;

/**
 * One piece of learning made on a mission node, kept there and forwarded to headquarters by PostgreSQL
 * logical replication (the node publishes this table). It carries what headquarters needs to make its own
 * rows (its ids, not the node's) and is keyed by a UUID made on the node, so folding it at headquarters is
 * done once however often it arrives. Written once, never changed: an update would be replicated too.
 */
@Entity
@Table(name = "learning_event", schema = "training")
public class LearningEvent {

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private LearningEventKind kind;

    @Column(name = "learner_subject", nullable = false, updatable = false, length = 255)
    private String learnerSubject;

    @Column(name = "learner_name", nullable = false, updatable = false, length = 255)
    private String learnerName;

    @Column(name = "learner_mission", nullable = false, updatable = false, length = 20)
    private String learnerMission;

    @Column(name = "learner_category", nullable = false, updatable = false, length = 20)
    private String learnerCategory;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "course_version_id", nullable = false, updatable = false)
    private long courseVersionId;

    @Column(name = "lesson_id", updatable = false)
    private Long lessonId;

    @Column(name = "attempt_number", updatable = false)
    private Integer attemptNumber;

    @Column(name = "question_order", updatable = false, length = 2000)
    private String questionOrder;

    @Column(updatable = false, length = 4000)
    private String answers;

    @Column(name = "started_at", updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "score_percent", updatable = false)
    private Integer scorePercent;

    @Column(updatable = false)
    private Boolean passed;

    @Column(name = "certificate_code", updatable = false, length = 20)
    private String certificateCode;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    protected LearningEvent() {
        // for JPA
    }

    private LearningEvent(LearningEventKind kind, String subject, String name, String mission, String category,
            CourseVersion version, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.learnerSubject = Objects.requireNonNull(subject, "subject");
        this.learnerName = Objects.requireNonNullElse(name, subject);
        this.learnerMission = Objects.requireNonNull(mission, "mission");
        this.learnerCategory = Objects.requireNonNull(category, "category");
        this.courseId = Objects.requireNonNull(version.getCourse().getId(), "course id");
        this.courseVersionId = Objects.requireNonNull(version.getId(), "version id");
        this.occurredAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public static LearningEvent lessonDone(String subject, String name, String mission, String category,
            CourseVersion version, long lessonId, Instant at) {
        LearningEvent e = new LearningEvent(LearningEventKind.LESSON_DONE, subject, name, mission, category, version, at);
        e.lessonId = lessonId;
        return e;
    }

    public static LearningEvent quizSubmitted(String name, String mission, String category, CourseVersion version,
            QuizAttempt attempt) {
        LearningEvent e = new LearningEvent(LearningEventKind.QUIZ_SUBMITTED, attempt.getLearnerSubject(), name,
                mission, category, version, attempt.getSubmittedAt().orElseThrow());
        e.attemptNumber = attempt.getAttemptNumber();
        e.questionOrder = attempt.questionOrderText();
        e.answers = attempt.answersText();
        e.startedAt = LocalDateTime.ofInstant(attempt.getStartedAt(), ZoneOffset.UTC);
        e.scorePercent = attempt.getScorePercent().orElse(null);
        e.passed = attempt.isPassed();
        return e;
    }

    /** The completion, with the certificate's code: the holder's certificate is the same one at headquarters. */
    public static LearningEvent completed(Learner learner, CourseVersion version, TrainingRecord record,
            Certificate certificate) {
        LearningEvent e = new LearningEvent(LearningEventKind.COMPLETED, record.getLearnerSubject(),
                learner.getDisplayName(), learner.getMission(), learner.getCategory(), version, record.getCompletedAt());
        e.scorePercent = record.getScorePercent().orElse(null);
        e.certificateCode = certificate == null ? null : certificate.getCode();
        return e;
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("A learning event is written once: " + id);
    }

    public String getId() {
        return id;
    }

    public LearningEventKind getKind() {
        return kind;
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getLearnerMission() {
        return learnerMission;
    }

    public String getLearnerCategory() {
        return learnerCategory;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getCourseVersionId() {
        return courseVersionId;
    }

    public Optional<Long> getLessonId() {
        return Optional.ofNullable(lessonId);
    }

    public Optional<Integer> getAttemptNumber() {
        return Optional.ofNullable(attemptNumber);
    }

    public String getQuestionOrder() {
        return questionOrder;
    }

    public String getAnswers() {
        return answers;
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    public Optional<Integer> getScorePercent() {
        return Optional.ofNullable(scorePercent);
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public Optional<String> getCertificateCode() {
        return Optional.ofNullable(certificateCode);
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant(ZoneOffset.UTC);
    }
}
