package org.peaceops.intranet.shared.audit;

/**
 * Where every context writes what it must be able to account for later (who changed an account, a
 * mission, a training record, who signed in). Written in the caller's transaction when there is one, so
 * a change that rolls back leaves no line. Reading the trail is the administrators' audit page's business.
 */
public interface AuditTrail {

    /** Writes {@code line} as given. */
    void record(AuditRecord line);

    /**
     * Writes a line that happens now, for an actor that may be a typed user name (a failed sign-in):
     * a blank one is recorded as {@code -}, one too long for the trail is cut.
     */
    void record(String actor, AuditAction action, String targetType, String targetId, String detail);
}
