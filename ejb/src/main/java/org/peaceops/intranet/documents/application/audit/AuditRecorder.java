package org.peaceops.intranet.documents.application.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditEntryRepository;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;

/**
 * The one implementation of the kernel's {@link AuditTrail}: the lines of every context (identity,
 * training, sign-in) go into the trail's table here, where the administrators' audit page reads them.
 * In the caller's transaction when there is one, so a change that rolls back leaves no line.
 */
@Stateless
public class AuditRecorder implements AuditTrail {

    /** The trail keeps who acted in a column of this size; a typed user name may be longer. */
    static final int MAX_ACTOR = 255;

    @Inject
    AuditEntryRepository trail;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void record(AuditRecord line) {
        trail.record(new AuditEntry(line.occurredAt(), line.actorSubject(), line.action(), line.targetType(),
                line.targetId(), line.detail()));
    }

    @Override
    public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
        String who = actor == null || actor.isBlank() ? "-" : actor;
        trail.record(new AuditEntry(clock.instant(), who.length() <= MAX_ACTOR ? who : who.substring(0, MAX_ACTOR),
                action, targetType, targetId, detail));
    }
}
