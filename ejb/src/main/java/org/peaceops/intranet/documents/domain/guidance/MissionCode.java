package org.peaceops.intranet.documents.domain.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * The mission that owns a document, by its code ({@code UNMISS}, {@code MINUSCA}), or {@code HQ} for
 * headquarters guidance. The same codes as the identity context's mission claim, so that the access
 * policy can compare them without a lookup.
 */
@Embeddable
public class MissionCode implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final MissionCode HEADQUARTERS = new MissionCode("HQ");

    @Column(name = "mission_code", nullable = false, length = 20)
    private String value;

    protected MissionCode() {
        // for JPA
    }

    /** The kernel's mission code says what a code is; this embeddable only maps it onto the document's column. */
    public MissionCode(String value) {
        try {
            this.value = new org.peaceops.intranet.shared.MissionCode(value).getValue();
        } catch (RuleBroken notACode) {
            throw new GuidanceRuleException("guidance.mission.invalid", notACode.getMessage());
        }
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
