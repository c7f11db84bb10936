package org.peaceops.intranet.identity.application;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak's administration did not do what was asked: unreachable, forbidden, or a conflict. The
 * message says which, for the administrator; nothing was changed half-way by us.
 */
@ApplicationException(rollback = true)
public class DirectoryUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure, for the message shown (bundle key {@code directory.error.<kind>}). */
    public enum Kind { UNREACHABLE, FORBIDDEN, CONFLICT, NOT_FOUND, NOT_CONFIGURED }

    private final Kind kind;

    public DirectoryUnavailableException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
