package org.peaceops.intranet.shared.refusal;

import java.util.Arrays;
import java.util.List;

/**
 * A request refused for a reason the person can be told: never a bug. Carries the bundle key of the
 * reason, the words that fill its message, and, where it applies, the form field and the item (such as
 * a file) it is about. The English message is the fallback while a bundle lacks the key.
 *
 * <p>Plain Java, like the rest of the kernel: each EJB module's {@code META-INF/ejb-jar.xml} declares it
 * (and so every subclass) an application exception with rollback, so the container hands it to the caller
 * as it is and logs no system-exception trace for an expected refusal. A subclass that must keep what was
 * written before it (an audit of a half-done change) says {@code rollback = false} itself.
 */
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal it is; each channel answers a kind in its own way (HTTP status, message). */
    public enum Kind {
        ACCESS_DENIED, RULE_BROKEN, NOT_FOUND, CONFLICT, TOO_LARGE, UNSUPPORTED_TYPE, UNAVAILABLE
    }

    private final String key;
    private final transient List<Object> arguments;
    private String field;
    private String about;

    protected Refusal(String key, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.key = key;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public abstract Kind kind();

    /** The bundle key of the reason, such as {@code guidance.fourEyes}. */
    public String key() {
        return key;
    }

    /** The words that fill the message of {@link #key()}, in order. */
    public List<Object> arguments() {
        return arguments == null ? List.of() : arguments;
    }

    /** The input field the refusal is about ({@code title}, {@code referenceNumber}), or {@code null}. */
    public String field() {
        return field;
    }

    /** The item the refusal is about, such as a refused file's safe name, or {@code null}. */
    public String about() {
        return about;
    }

    /** Names the field concerned; returns this refusal, to be thrown. */
    @SuppressWarnings("unchecked")
    public <R extends Refusal> R onField(String name) {
        this.field = name;
        return (R) this;
    }

    /** Names the item concerned (a file's safe name); returns this refusal, to be thrown. */
    @SuppressWarnings("unchecked")
    public <R extends Refusal> R about(String item) {
        this.about = item;
        return (R) this;
    }

    /** The refusal {@code failure} stands for, looking through the wrappers containers add; else {@code null}. */
    public static Refusal in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return null;
    }
}
