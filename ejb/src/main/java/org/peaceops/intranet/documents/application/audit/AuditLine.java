package org.peaceops.intranet.documents.application.audit;

import java.io.Serializable;
import java.time.Instant;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;

/** One audit line as the administrators' page and export show it. */
public record AuditLine(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
        String detail) implements Serializable {

    static AuditLine of(AuditEntry e) {
        return new AuditLine(e.getId(), e.getOccurredAt(), e.getActorSubject(), e.getAction(), e.getTargetType(),
                e.getTargetId(), e.getDetail());
    }

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
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

    /** The document the line is about, when it is about one ("42" or "42/3" → 42). */
    public Long getDocumentId() {
        String head = targetId == null ? "" : targetId.split("/", 2)[0];
        return head.matches("\\d{1,18}") ? Long.valueOf(head) : null;
    }
}
