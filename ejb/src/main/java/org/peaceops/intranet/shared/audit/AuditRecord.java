package org.peaceops.intranet.shared.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line to write to the audit trail: when, who (the caller's subject), what, about which target (a
 * type and an identifier, so the line outlives what it is about) and the details (before/after values).
 */
public record AuditRecord(Instant occurredAt, String actorSubject, AuditAction action, String targetType,
        String targetId, String detail) {

    public AuditRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorSubject, "actorSubject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
    }
}
