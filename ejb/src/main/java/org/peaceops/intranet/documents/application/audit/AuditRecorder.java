package org.peaceops.intranet.documents.application.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.peaceops.intranet.documents.domain.audit.AuditAction;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditTrail;

/**
 * Writes one audit line for another context (training, sign-in) that has no access to the trail's
 * repository. In the caller's transaction when there is one, so a change that rolls back leaves no line.
 */
@Stateless
public class AuditRecorder {

    /** The trail keeps who acted in a column of this size; a typed user name may be longer. */
    static final int MAX_ACTOR = 255;

    @Inject
    AuditTrail trail;

    private final Clock clock = Clock.systemUTC();

    public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
        String who = actor == null || actor.isBlank() ? "-" : actor;
        trail.record(new AuditEntry(clock.instant(), who.length() <= MAX_ACTOR ? who : who.substring(0, MAX_ACTOR),
                action, targetType, targetId, detail));
    }
}
