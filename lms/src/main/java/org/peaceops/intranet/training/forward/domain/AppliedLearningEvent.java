package org.peaceops.intranet.training.forward.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * At headquarters: a forwarded event folded into its own training tables, and how. Its key is the event's,
 * so the fold of one event is written once (a second one fails on the key and rolls back with its fold).
 */
@Entity
@Table(name = "learning_event_applied", schema = "training")
public class AppliedLearningEvent {

    /** How an event was folded. */
    public enum Outcome {
        /** Headquarters' rows were written from it. */
        APPLIED,
        /** Headquarters had it already (the same lesson done, the same version completed and nothing owed). */
        ALREADY_KNOWN,
        /** What it names is not at headquarters (a course version since deleted): kept as folded, logged. */
        UNKNOWN_COURSE
    }

    @Id
    @Column(name = "event_id", length = 36)
    private String eventId;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private LocalDateTime appliedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Outcome outcome;

    protected AppliedLearningEvent() {
        // for JPA
    }

    public AppliedLearningEvent(String eventId, Outcome outcome, Instant at) {
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.appliedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public String getEventId() {
        return eventId;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
