package org.peaceops.intranet.documents.domain.audit;

import java.util.List;

/** Where audit entries are written (and, for the admin page, read). */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The latest entries about one target, newest first. */
    List<AuditEntry> forTarget(String targetType, String targetId, int max);
}
