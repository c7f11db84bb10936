package org.peaceops.intranet.shared.refusal;

/** The access policy said no: the caller may not do this (or see this). */
public class AccessDenied extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String key, String message, Object... arguments) {
        super(key, message, null, arguments);
    }

    public AccessDenied(String key, String message, Throwable cause, Object... arguments) {
        super(key, message, cause, arguments);
    }

    @Override
    public final Kind kind() {
        return Kind.ACCESS_DENIED;
    }
}
