package org.peaceops.intranet.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in the intranet's two working languages, English and French, either of which may be missing
 * (a French-only report has no English title). Shown in the reader's language when it exists, else in
 * the other one, so nobody sees an empty title.
 */
public final class BilingualText implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BilingualText NONE = new BilingualText(null, null);

    /** Null when there is no text in that language. */
    private final String english;
    private final String french;

    private BilingualText(String english, String french) {
        this.english = english;
        this.french = french;
    }

    /** Blank texts count as missing. */
    public static BilingualText of(String english, String french) {
        String en = english == null || english.isBlank() ? null : english;
        String fr = french == null || french.isBlank() ? null : french;
        return en == null && fr == null ? NONE : new BilingualText(en, fr);
    }

    /** The English text, or null. */
    public String english() {
        return english;
    }

    /** The French text, or null. */
    public String french() {
        return french;
    }

    /** French for a French reader, English for anyone else; the other language when that one is missing; null when both are. */
    public String in(Locale locale) {
        boolean french = locale != null && Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return french ? (this.french != null ? this.french : english) : (english != null ? english : this.french);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BilingualText other && Objects.equals(english, other.english)
                && Objects.equals(french, other.french);
    }

    @Override
    public int hashCode() {
        return Objects.hash(english, french);
    }

    @Override
    public String toString() {
        return english + " / " + french;
    }
}
