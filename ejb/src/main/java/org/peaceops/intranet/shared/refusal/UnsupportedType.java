package org.peaceops.intranet.shared.refusal;

/** Content of a type the intranet does not accept, or that is not what its name says. */
public class UnsupportedType extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnsupportedType(String key, String message, Object... arguments) {
        super(key, message, null, arguments);
    }

    public UnsupportedType(String key, String message, Throwable cause, Object... arguments) {
        super(key, message, cause, arguments);
    }

    @Override
    public final Kind kind() {
        return Kind.UNSUPPORTED_TYPE;
    }
}
