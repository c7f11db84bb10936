package org.peaceops.intranet.documents.domain.audit;

import java.util.List;

/** Where audit entries are written (and, for the admin page, read). */
public interface AuditEntryRepository {

    void record(AuditEntry entry);

    /** The latest entries about one target, newest first. */
    List<AuditEntry> forTarget(String targetType, String targetId, int max);

    /** One page of the lines matching the query (the administrators' audit page). */
    List<AuditEntry> search(AuditQuery query, AuditOrder order, int first, int max);

    long count(AuditQuery query);

    /**
     * The next lines matching the query after the line {@code afterId}, oldest first: an export walks the
     * whole trail this way a batch at a time, and the returned lines are not kept by the persistence context.
     */
    List<AuditEntry> after(AuditQuery query, long afterId, int max);
}
