package org.peaceops.intranet.identity.application;

import jakarta.ejb.ApplicationException;

/** Thrown when the access policy says no; the web layer shows the 403 page, the API answers 403. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
