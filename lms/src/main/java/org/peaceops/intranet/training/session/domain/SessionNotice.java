package org.peaceops.intranet.training.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What a learner is told about a session they were on (a cancellation with its reason, a seat freed
 * for them): shown on their training page. Kept in training because the documents context's
 * notifications belong to documents and their workflow.
 */
@Entity
@Table(name = "session_notice", schema = "training")
public class SessionNotice {

    /** Why the learner is told. */
    public enum Kind {
        CANCELLED, PROMOTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_notice_seq")
    @SequenceGenerator(name = "session_notice_seq", sequenceName = "training.session_seq", allocationSize = 50)
    private Long id;

    @Column(name = "learner_subject", nullable = false, updatable = false, length = 255)
    private String learnerSubject;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(name = "course_title", nullable = false, updatable = false, length = 200)
    private String courseTitle;

    @Column(name = "local_start", nullable = false, updatable = false)
    private LocalDateTime localStart;

    @Column(length = 1000, updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected SessionNotice() {
        // for JPA
    }

    public SessionNotice(SessionEnrolment to, Kind kind, Instant at) {
        TrainingSession s = to.getSession();
        this.learnerSubject = to.getLearnerSubject();
        this.sessionId = s.getId();
        this.kind = kind;
        this.courseTitle = s.getCourseTitle();
        this.localStart = s.localStart();
        this.reason = s.getCancelReason().orElse(null);
        this.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public long getSessionId() {
        return sessionId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    /** The session's start as the mission's clocks read it. */
    public LocalDateTime getLocalStart() {
        return localStart;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }
}
