package org.peaceops.intranet.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** One lesson a learner has gone through: progress saved lesson by lesson. */
@Entity
@Table(name = "lesson_progress", schema = "training")
public class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_progress_seq")
    @SequenceGenerator(name = "lesson_progress_seq", sequenceName = "training.learning_seq", allocationSize = 50)
    private Long id;

    @Column(name = "learner_subject", nullable = false, length = 255)
    private String learnerSubject;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "completed_at", nullable = false)
    private LocalDateTime completedAt;

    protected LessonProgress() {
        // for JPA
    }

    public LessonProgress(String learnerSubject, long lessonId, Instant at) {
        this.learnerSubject = Objects.requireNonNull(learnerSubject, "learnerSubject");
        this.lessonId = lessonId;
        this.completedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public long getLessonId() {
        return lessonId;
    }

    public Instant getCompletedAt() {
        return completedAt.toInstant(ZoneOffset.UTC);
    }
}
