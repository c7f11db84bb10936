package org.peaceops.intranet.shared.refusal;

/** A rule of the domain refused the request as asked (a required reason missing, four eyes, a bad value). */
public class RuleBroken extends Refusal {

    private static final long serialVersionUID = 1L;

    public RuleBroken(String key, String message, Object... arguments) {
        super(key, message, null, arguments);
    }

    public RuleBroken(String key, String message, Throwable cause, Object... arguments) {
        super(key, message, cause, arguments);
    }

    @Override
    public final Kind kind() {
        return Kind.RULE_BROKEN;
    }
}
