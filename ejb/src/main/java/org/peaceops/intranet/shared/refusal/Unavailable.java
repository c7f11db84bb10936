package org.peaceops.intranet.shared.refusal;

/** A service the request needs (the identity provider, a renderer) cannot do it now or is not configured here. */
public class Unavailable extends Refusal {

    private static final long serialVersionUID = 1L;

    public Unavailable(String key, String message, Object... arguments) {
        super(key, message, null, arguments);
    }

    public Unavailable(String key, String message, Throwable cause, Object... arguments) {
        super(key, message, cause, arguments);
    }

    @Override
    public final Kind kind() {
        return Kind.UNAVAILABLE;
    }
}
