package org.peaceops.intranet.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A name kept in both working languages of the intranet, English and French, shown in the reader's.
 * Mapped to the columns {@code name_en} and {@code name_fr}.
 */
@Embeddable
public class BilingualName implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_en", nullable = false, length = 120)
    private String english;

    @Column(name = "name_fr", nullable = false, length = 120)
    private String french;

    protected BilingualName() {
        // for JPA
    }

    public BilingualName(String english, String french) {
        this.english = Objects.requireNonNull(english, "english");
        this.french = Objects.requireNonNull(french, "french");
    }

    /** French when asked for, English otherwise. */
    public String in(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? french : english;
    }
}
