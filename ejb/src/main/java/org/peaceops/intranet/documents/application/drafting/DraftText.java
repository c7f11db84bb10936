package org.peaceops.intranet.documents.application.drafting;

import java.time.LocalDate;
import java.util.List;

/** What describes a draft version, as typed in the form or sent as JSON; checked by the domain, not here. */
public record DraftText(String titleEn, String titleFr, String summaryEn, String summaryFr, List<String> languages,
        List<String> keywords, LocalDate reviewDate) {

    public DraftText {
        languages = languages == null ? List.of() : List.copyOf(languages);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** A title in one language (the upload page's one title per file), written in that language. */
    public static DraftText titled(String title, String language) {
        boolean french = "fr".equals(language);
        return new DraftText(french ? null : title, french ? title : null, null, null,
                language == null ? List.of() : List.of(language), List.of(), null);
    }
}
