package org.peaceops.intranet.documents.domain.guidance;

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
import org.peaceops.intranet.documents.domain.LifecycleStatus;

/**
 * One step of a version's life: who moved it, when, from where to where, and why. Written once and
 * never changed; together they are the history that says who approved what (DOMAIN.md, Lifecycle).
 * The creation of a version is recorded too, as a step from nothing to draft.
 */
@Entity
@Table(name = "lifecycle_transition", schema = "documents")
public class LifecycleTransition {

    static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lifecycle_transition_seq")
    @SequenceGenerator(name = "lifecycle_transition_seq", sequenceName = "documents.lifecycle_transition_seq",
            allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private DocumentVersion version;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private LifecycleStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private LifecycleStatus to;

    @Column(name = "actor_subject", nullable = false, length = 255, updatable = false)
    private String actorSubject;

    // Stored as UTC wall-clock time: a timestamp column without zone means the same in PostgreSQL and H2.
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "transition_comment", length = MAX_COMMENT, updatable = false)
    private String comment;

    protected LifecycleTransition() {
        // for JPA
    }

    LifecycleTransition(DocumentVersion version, LifecycleStatus from, LifecycleStatus to, String actorSubject,
            Instant at, String comment) {
        this.version = version;
        this.from = from;
        this.to = to;
        this.actorSubject = actorSubject;
        this.occurredAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public DocumentVersion getVersion() {
        return version;
    }

    /** Empty for the creation of the version. */
    public Optional<LifecycleStatus> getFrom() {
        return Optional.ofNullable(from);
    }

    public LifecycleStatus getTo() {
        return to;
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant(ZoneOffset.UTC);
    }

    public Optional<String> getComment() {
        return Optional.ofNullable(comment);
    }
}
