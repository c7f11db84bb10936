package org.peaceops.intranet.toolbox.domain.definition;

/**
 * What a field holds, which decides how a form shows it and which value it accepts. A list of rows has
 * column fields of any other kind; the other kinds hold one value, or several where the field allows it.
 */
public enum FieldKind {
    /** One line of plain text. */
    TEXT(true, false),
    /** Formatted text, sanitised when written so that no script reaches another reader. */
    LONG_TEXT(true, false),
    DATE(false, false),
    /** A start and an end date, the end not before the start. */
    PERIOD(false, false),
    /** Mission codes ({@code UNMISS}, {@code HQ}). */
    MISSION(false, true),
    /** People by their directory subject. */
    PERSON(false, true),
    /** Rows of column fields, such as findings per mission. */
    ROWS(false, false),
    /** Files in the blob store, by content address. */
    ATTACHMENT(false, true),
    /** Thematic areas of the guidance taxonomy, by code ({@code GENDER}); trends count reports by them. */
    THEMES(false, true);

    private final boolean textual;
    private final boolean mayRepeat;

    FieldKind(boolean textual, boolean mayRepeat) {
        this.textual = textual;
        this.mayRepeat = mayRepeat;
    }

    /** Whether a maximum length applies. */
    public boolean isTextual() {
        return textual;
    }

    /** Whether a field of this kind may be marked "several values allowed". */
    public boolean mayRepeat() {
        return mayRepeat;
    }
}
