package org.peaceops.intranet.documents.application.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditEntryRepository;
import org.peaceops.intranet.documents.domain.audit.AuditOrder;
import org.peaceops.intranet.documents.domain.audit.AuditQuery;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.refusal.AccessDenied;

/**
 * The audit trail for administrators (the access policy's {@link Action#ADMINISTER}): pages of lines with
 * filters and an order, and an export of every matching line. The export reads the trail a batch at a
 * time and writes each batch out before reading the next, so its size does not depend on memory; the
 * export itself is audited.
 */
@Stateless
public class AuditLog {

    static final int MAX_PAGE = 200;
    static final int EXPORT_BATCH = 500;

    @Inject
    AuditEntryRepository trail;

    @Inject
    AccessControl access;

    private final Clock clock = Clock.systemUTC();

    public List<AuditLine> page(Caller actor, AuditQuery query, AuditOrder order, int first, int size) {
        administrator(actor);
        return trail.search(query, order, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE))).stream()
                .map(AuditLine::of).toList();
    }

    public long count(Caller actor, AuditQuery query) {
        administrator(actor);
        return trail.count(query);
    }

    /**
     * Writes every line matching the query as CSV, oldest first.
     *
     * @return the number of lines written
     */
    public long exportCsv(Caller actor, AuditQuery query, Writer out) throws IOException {
        administrator(actor);
        trail.record(new AuditEntry(clock.instant(), actor.subject(), AuditAction.AUDIT_EXPORTED, "audit-trail",
                "export", describe(query)));
        AuditCsv.writeHeader(out);
        long written = 0;
        long last = 0;
        List<AuditEntry> batch;
        do {
            batch = trail.after(query, last, EXPORT_BATCH);
            for (AuditEntry entry : batch) {
                AuditCsv.write(AuditLine.of(entry), out);
                last = entry.getId();
                written++;
            }
            out.flush();
        } while (batch.size() == EXPORT_BATCH);
        return written;
    }

    private void administrator(Caller actor) {
        Caller user = actor.person().orElseThrow(() -> new AccessDenied("refusal.denied", "The audit trail is for administrators"));
        access.require(user, Action.ADMINISTER, user.mission());
    }

    private static String describe(AuditQuery q) {
        return "actor=" + (q.actor() == null ? "" : q.actor()) + " action=" + (q.action() == null ? "" : q.action())
                + " document=" + (q.documentId() == null ? "" : q.documentId()) + " from=" + (q.from() == null ? "" : q.from())
                + " to=" + (q.to() == null ? "" : q.to());
    }
}
