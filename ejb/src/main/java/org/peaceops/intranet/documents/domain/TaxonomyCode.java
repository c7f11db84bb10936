package org.peaceops.intranet.documents.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable code of a document type or thematic area ({@code SOP}, {@code RULE_OF_LAW}): documents,
 * filters and the API refer to it, so it is upper case, never renamed, and checked once here.
 */
public final class TaxonomyCode {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private TaxonomyCode() {
    }

    /**
     * @return the code in upper case
     * @throws IllegalArgumentException with the bundle key {@code taxonomy.code.invalid} as message
     */
    public static String require(String code, int maxLength) {
        String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (normal.length() < 2 || normal.length() > maxLength || !CODE.matcher(normal).matches()) {
            throw new IllegalArgumentException("taxonomy.code.invalid");
        }
        return normal;
    }
}
