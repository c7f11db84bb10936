package org.peaceops.intranet.identity.application;

import org.peaceops.intranet.shared.refusal.AccessDenied;

/** The identity context's access policy said no; a kind of {@link AccessDenied} (pages: a message or 403, the API: 403). */
public class AccessDeniedException extends AccessDenied {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        this("refusal.denied", message);
    }

    /** @param key what the person is told, such as {@code training.error.denied} */
    public AccessDeniedException(String key, String message) {
        super(key, message);
    }
}
