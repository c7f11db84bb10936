package org.peaceops.intranet.documents.domain.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The mission that owns a document, by its code ({@code UNMISS}, {@code MINUSCA}), or {@code HQ} for
 * headquarters guidance. The same codes as the identity context's mission claim, so that the access
 * policy can compare them without a lookup.
 */
@Embeddable
public class MissionCode implements Serializable {

    private static final long serialVersionUID = 1L;
    // Declared before HEADQUARTERS: static fields initialise in order, and the constructor needs it.
    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");
    public static final MissionCode HEADQUARTERS = new MissionCode("HQ");

    @Column(name = "mission_code", nullable = false, length = 20)
    private String value;

    protected MissionCode() {
        // for JPA
    }

    public MissionCode(String value) {
        String normal = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(normal).matches()) {
            throw new GuidanceRuleException("guidance.mission.invalid", "\"" + value
                    + "\" is not a mission code: use HQ or the mission's code, such as UNMISS (2 to 20 letters, digits or hyphens).");
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
