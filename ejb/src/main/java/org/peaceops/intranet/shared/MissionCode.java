package org.peaceops.intranet.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * A mission by its code ({@code UNMISS}, {@code MINUSCA}), or {@code HQ} for headquarters: the same codes
 * as the identity context's mission claim, so every context compares missions without a lookup. Plain
 * Java like the rest of the kernel; each context maps it to its own column (an attribute converter).
 */
public final class MissionCode implements Serializable {

    private static final long serialVersionUID = 1L;
    // Declared before HEADQUARTERS: static fields initialise in order, and the constructor needs it.
    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");
    public static final MissionCode HEADQUARTERS = new MissionCode("HQ");
    /** The column length every context gives a mission code. */
    public static final int MAX = 20;

    private final String value;

    /**
     * Trimmed and upper-cased.
     *
     * @throws RuleBroken ({@code mission.code.invalid}) when it is not 2 to 20 capital letters, digits or hyphens
     */
    public MissionCode(String value) {
        String normal = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(normal).matches()) {
            throw new RuleBroken("mission.code.invalid", "\"" + value
                    + "\" is not a mission code: use HQ or the mission's code, such as UNMISS (2 to 20 letters, digits or hyphens).",
                    String.valueOf(value));
        }
        this.value = normal;
    }

    public String getValue() {
        return value;
    }

    public boolean isHeadquarters() {
        return equals(HEADQUARTERS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MissionCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
