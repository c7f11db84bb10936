package org.peaceops.intranet.shared.refusal;

/** The request collides with what exists: a code or number already taken, a second open version, a concurrent change. */
public class Conflict extends Refusal {

    private static final long serialVersionUID = 1L;

    public Conflict(String key, String message, Object... arguments) {
        super(key, message, null, arguments);
    }

    public Conflict(String key, String message, Throwable cause, Object... arguments) {
        super(key, message, cause, arguments);
    }

    @Override
    public final Kind kind() {
        return Kind.CONFLICT;
    }
}
