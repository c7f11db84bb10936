package org.peaceops.intranet.toolbox.application;

import java.io.Serializable;
import java.util.Locale;

/**
 * The guidance version a recommendation leads to, as the reader may see it: the title, reference and
 * lifecycle status ({@code DRAFT}, {@code APPROVED}, {@code PROMULGATED}, ...) only when they may read that
 * version; otherwise only that there is one.
 */
public record LinkedGuidance(long documentId, int versionNumber, String origin, boolean readable,
        String referenceNumber, String titleEn, String titleFr, String status) implements Serializable {

    public static LinkedGuidance withheld(long documentId, int versionNumber, String origin) {
        return new LinkedGuidance(documentId, versionNumber, origin, false, "", "", "", "");
    }

    public String title(Locale locale) {
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        String preferred = french ? titleFr : titleEn;
        return preferred == null || preferred.isBlank() ? (french ? titleEn : titleFr) : preferred;
    }
}
