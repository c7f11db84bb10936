package org.peaceops.intranet.shared.refusal;

/** Nothing the caller may see has that identity (whether it exists is not told). */
public class NotFound extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotFound(String key, String message, Object... arguments) {
        super(key, message, null, arguments);
    }

    public NotFound(String key, String message, Throwable cause, Object... arguments) {
        super(key, message, cause, arguments);
    }

    @Override
    public final Kind kind() {
        return Kind.NOT_FOUND;
    }
}
