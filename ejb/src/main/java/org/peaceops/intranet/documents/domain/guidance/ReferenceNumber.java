package org.peaceops.intranet.documents.domain.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number guidance is cited by, such as {@code 2007.04} (year and sequence) or {@code DPO/2019.11}.
 * Unique within a document type: a policy directive and an SOP may share a number, two SOPs may not.
 */
@Embeddable
public class ReferenceNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    // Letters, digits and the separators people actually use; no spaces, so citations stay unambiguous.
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,39}");

    @Column(name = "reference_number", nullable = false, length = 40, updatable = false)
    private String value;

    protected ReferenceNumber() {
        // for JPA
    }

    public ReferenceNumber(String value) {
        String trimmed = value == null ? "" : value.trim();
        if (!FORM.matcher(trimmed).matches()) {
            throw new GuidanceRuleException("guidance.referenceNumber.invalid", "The reference number \"" + value
                    + "\" is not valid: use up to 40 letters, digits, dots, slashes, hyphens or underscores, such as 2007.04.");
        }
        this.value = trimmed;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferenceNumber other && value.equals(other.value);
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
