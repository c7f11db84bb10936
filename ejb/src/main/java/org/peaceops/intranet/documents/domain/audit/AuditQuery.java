package org.peaceops.intranet.documents.domain.audit;

import java.io.Serializable;
import java.time.LocalDate;
import org.peaceops.intranet.shared.audit.AuditAction;

/**
 * Which audit lines an administrator is looking for; every part is optional (null = any).
 *
 * @param actor      part of the actor's subject, any case
 * @param action     one action
 * @param documentId lines about this document or any of its versions
 * @param from       first day (UTC), inclusive
 * @param to         last day (UTC), inclusive
 */
public record AuditQuery(String actor, AuditAction action, Long documentId, LocalDate from, LocalDate to)
        implements Serializable {

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}
