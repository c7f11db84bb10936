package org.peaceops.intranet.training.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** A person on a session: in a seat or queued (by the order they enrolled), and later present or absent. */
@Entity
@Table(name = "session_enrolment", schema = "training")
public class SessionEnrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_enrolment_seq")
    @SequenceGenerator(name = "session_enrolment_seq", sequenceName = "training.session_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @Column(name = "learner_subject", nullable = false, updatable = false, length = 255)
    private String learnerSubject;

    @Column(name = "learner_name", nullable = false, updatable = false, length = 255)
    private String learnerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Place place;

    @Column(name = "queue_number", nullable = false, updatable = false)
    private int queueNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Attendance attendance;

    @Column(name = "enrolled_by", nullable = false, updatable = false, length = 255)
    private String enrolledBy;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private LocalDateTime enrolledAt;

    protected SessionEnrolment() {
        // for JPA
    }

    SessionEnrolment(TrainingSession session, String subject, String name, Place place, int queueNumber, String by,
            Instant at) {
        this.session = session;
        this.learnerSubject = subject;
        this.learnerName = name;
        this.place = place;
        this.queueNumber = queueNumber;
        this.enrolledBy = by;
        this.enrolledAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    void promote() {
        this.place = Place.SEAT;
    }

    void mark(Attendance attendance) {
        this.attendance = attendance;
    }

    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public String getLearnerSubject() {
        return learnerSubject;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public Place getPlace() {
        return place;
    }

    public int getQueueNumber() {
        return queueNumber;
    }

    public Optional<Attendance> getAttendance() {
        return Optional.ofNullable(attendance);
    }

    public String getEnrolledBy() {
        return enrolledBy;
    }

    public Instant getEnrolledAt() {
        return enrolledAt.toInstant(ZoneOffset.UTC);
    }
}
