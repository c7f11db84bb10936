package org.peaceops.intranet.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.peaceops.intranet.shared.BilingualText;

/**
 * A name kept in both working languages of the intranet, English and French, shown in the reader's
 * (see {@link BilingualText}); both are required here.
 * Mapped to the columns {@code name_en} and {@code name_fr}.
 */
@Embeddable
public class BilingualName implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The column length of both names. */
    public static final int MAX = 120;

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

    /**
     * A name typed by an administrator: both languages required, trimmed, at most {@link #MAX} characters.
     *
     * @throws IllegalArgumentException with the bundle key {@code taxonomy.name.invalid} as message
     */
    public static BilingualName typed(String english, String french) {
        String en = english == null ? "" : english.strip();
        String fr = french == null ? "" : french.strip();
        if (en.isEmpty() || fr.isEmpty() || en.length() > MAX || fr.length() > MAX) {
            throw new IllegalArgumentException("taxonomy.name.invalid");
        }
        return new BilingualName(en, fr);
    }

    public String english() {
        return english;
    }

    public String french() {
        return french;
    }

    /** "Gender / Genre": how audit lines quote the name before and after a change. */
    @Override
    public String toString() {
        return english + " / " + french;
    }

    /** The name as the kernel's bilingual text, which every context shows the same way. */
    public BilingualText text() {
        return BilingualText.of(english, french);
    }

    /** French when asked for, English otherwise. */
    public String in(Locale locale) {
        return text().in(locale);
    }
}
