package org.peaceops.intranet.identity.application.directory;

/**
 * The identity provider refused or could not do what was asked, or the request was invalid;
 * {@link #reason()} says which. An application exception: it reaches the screen as it is, and what was
 * recorded before it (the audit of a half-done change) stays recorded.
 */
@jakarta.ejb.ApplicationException(rollback = false)
public class DirectoryException extends RuntimeException {

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
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
