package org.peaceops.intranet.shared.refusal;

/** Content past the configured size limit; nothing of it was kept. */
public class TooLarge extends Refusal {

    private static final long serialVersionUID = 1L;

    public TooLarge(String key, String message, Object... arguments) {
        super(key, message, null, arguments);
    }

    public TooLarge(String key, String message, Throwable cause, Object... arguments) {
        super(key, message, cause, arguments);
    }

    @Override
    public final Kind kind() {
        return Kind.TOO_LARGE;
    }
}
