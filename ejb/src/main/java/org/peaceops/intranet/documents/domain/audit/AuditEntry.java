package org.peaceops.intranet.documents.domain.audit;

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
import org.peaceops.intranet.shared.audit.AuditAction;

/**
 * One line of the audit trail. The target is a type and an identifier rather than a relationship, so
 * the line outlives what it is about (a deleted document keeps its history).
 */
@Entity
@Table(name = "audit_entry", schema = "documents")
public class AuditEntry {

    public static final int MAX_DETAIL = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "documents.audit_entry_seq", allocationSize = 1)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor_subject", nullable = false, length = 255, updatable = false)
    private String actorSubject;

    @Column(nullable = false, length = 60, updatable = false)
    private String action;

    @Column(name = "target_type", nullable = false, length = 60, updatable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false, length = 100, updatable = false)
    private String targetId;

    @Column(length = MAX_DETAIL, updatable = false)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actorSubject, AuditAction action, String targetType, String targetId,
            String detail) {
        this.occurredAt = LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        this.actorSubject = Objects.requireNonNull(actorSubject, "actorSubject");
        this.action = action.name();
        this.targetType = Objects.requireNonNull(targetType, "targetType");
        this.targetId = Objects.requireNonNull(targetId, "targetId");
        // Cut rather than fail: losing the end of a long comment is better than losing the whole change.
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant(ZoneOffset.UTC);
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }
}
