package org.peaceops.intranet.toolbox.domain.definition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;

/**
 * One field of a report type's version: a stable key (what stored values refer to, so it never changes
 * meaning), a kind, whether it is required and may hold several values, its EN/FR label and, for text, a
 * maximum length. A column of a list of rows names its list in {@code parentKey}; a top-level field has
 * an empty one. Immutable: a change to a type is a new version of it.
 */
@Embeddable
public class FieldDefinition implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
    public static final int MAX_LABEL = 200;
    /** The longest text a field may allow. */
    public static final int MAX_TEXT = 100_000;
    /** The most a long text's markup may take, whatever its visible length: the value column's size. */
    public static final int MAX_STORED_HTML = 200_000;
    /** What a text field allows when the definition says nothing: one line. */
    public static final int DEFAULT_TEXT = 500;
    /** What a long text field allows when the definition says nothing: a few pages. */
    public static final int DEFAULT_LONG_TEXT = 20_000;

    @Column(name = "field_key", nullable = false, length = 40)
    private String key;

    @Column(name = "parent_key", nullable = false, length = 40)
    private String parentKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private FieldKind kind;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "multiple", nullable = false)
    private boolean multiple;

    @Column(name = "label_en", nullable = false, length = MAX_LABEL)
    private String labelEn;

    @Column(name = "label_fr", nullable = false, length = MAX_LABEL)
    private String labelFr;

    @Column(name = "max_length")
    private Integer maxLength;

    protected FieldDefinition() {
        // for JPA
    }

    private FieldDefinition(String key, String parentKey, FieldKind kind, boolean required, boolean multiple,
            String labelEn, String labelFr, Integer maxLength) {
        this.key = checkedKey(key);
        this.parentKey = parentKey;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.required = required;
        if (multiple && !kind.mayRepeat()) {
            throw refused("toolbox.definition.notRepeatable", "A " + kind + " field cannot hold several values: " + key, key);
        }
        this.multiple = multiple;
        this.labelEn = checkedLabel(labelEn, key);
        this.labelFr = checkedLabel(labelFr, key);
        if (maxLength != null && (!kind.isTextual() || maxLength < 1 || maxLength > MAX_TEXT)) {
            throw refused("toolbox.definition.maxLength", "A maximum length of 1 to " + MAX_TEXT
                    + " characters applies to text fields only: " + key, key);
        }
        this.maxLength = maxLength;
    }

    /** A top-level field. */
    public static FieldDefinition field(String key, FieldKind kind, boolean required, boolean multiple,
            String labelEn, String labelFr, Integer maxLength) {
        return new FieldDefinition(key, "", kind, required, multiple, labelEn, labelFr, maxLength);
    }

    /** A column of the list of rows {@code rows}: any kind but another list (rows do not nest). */
    public static FieldDefinition column(String rows, String key, FieldKind kind, boolean required, boolean multiple,
            String labelEn, String labelFr, Integer maxLength) {
        if (kind == FieldKind.ROWS) {
            throw refused("toolbox.definition.nestedRows", "A list of rows cannot be a column of another: " + key, key);
        }
        return new FieldDefinition(key, checkedKey(rows), kind, required, multiple, labelEn, labelFr, maxLength);
    }

    private static String checkedKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw refused("toolbox.definition.key", "A field key is a letter then up to 39 letters or digits, "
                    + "such as whatWentWell: " + key, String.valueOf(key));
        }
        return key;
    }

    private static String checkedLabel(String label, String key) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty() || clean.length() > MAX_LABEL) {
            throw refused("toolbox.definition.label", "Field " + key + " needs an English and a French label of at most "
                    + MAX_LABEL + " characters", key);
        }
        return clean;
    }

    private static ToolboxRuleException refused(String key, String message, Object... parameters) {
        return new ToolboxRuleException(key, message, parameters);
    }

    public String key() {
        return key;
    }

    /** The list of rows this field is a column of, or empty for a top-level field. */
    public String parentKey() {
        return parentKey;
    }

    public boolean isColumn() {
        return !parentKey.isEmpty();
    }

    public FieldKind kind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean allowsSeveral() {
        return multiple;
    }

    /** The longest text accepted, for text kinds; 0 for the others. */
    public int maxLength() {
        if (!kind.isTextual()) {
            return 0;
        }
        if (maxLength != null) {
            return maxLength;
        }
        return kind == FieldKind.TEXT ? DEFAULT_TEXT : DEFAULT_LONG_TEXT;
    }

    /** French when asked for, English otherwise. */
    public String label(Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? labelFr : labelEn;
    }

    public String labelEn() {
        return labelEn;
    }

    public String labelFr() {
        return labelFr;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldDefinition other && key.equals(other.key) && parentKey.equals(other.parentKey)
                && kind == other.kind && required == other.required && multiple == other.multiple
                && labelEn.equals(other.labelEn) && labelFr.equals(other.labelFr)
                && Objects.equals(maxLength, other.maxLength);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, parentKey, kind);
    }

    @Override
    public String toString() {
        return (isColumn() ? parentKey + "." : "") + key + ":" + kind + (required ? "!" : "");
    }
}
