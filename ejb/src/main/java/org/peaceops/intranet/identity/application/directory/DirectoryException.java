package org.peaceops.intranet.identity.application.directory;

import org.peaceops.intranet.shared.refusal.Refusal;

/**
 * The identity provider refused or could not do what was asked, or the request was invalid;
 * {@link #reason()} says which, and its message {@code admin.directory.error.<REASON>} what to do. Keycloak's
 * own words are the message. What was recorded before it (the audit of a half-done change) stays recorded.
 */
@jakarta.ejb.ApplicationException(rollback = false)
public class DirectoryException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not configured here (demo mode, or no service-account secret). */
        NOT_CONFIGURED,
        /** Keycloak did not answer (down, network). */
        UNREACHABLE,
        /** The service account lacks a permission. */
        FORBIDDEN,
        /** Something with that name exists already (username, e-mail, group). */
        CONFLICT,
        NOT_FOUND,
        /** The request itself is invalid (checked before Keycloak is asked). */
        INVALID,
        /** Keycloak rejected the request (e.g. an invalid e-mail, no mail server for action e-mails). */
        REJECTED
    }

    private final Reason reason;

    public DirectoryException(Reason reason, String message) {
        super("admin.directory.error." + reason.name(), message, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Kind kind() {
        return switch (reason) {
            case NOT_CONFIGURED, UNREACHABLE, FORBIDDEN -> Kind.UNAVAILABLE;
            case CONFLICT -> Kind.CONFLICT;
            case NOT_FOUND -> Kind.NOT_FOUND;
            case INVALID, REJECTED -> Kind.RULE_BROKEN;
        };
    }
}
