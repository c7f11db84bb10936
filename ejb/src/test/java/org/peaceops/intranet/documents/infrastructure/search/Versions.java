package org.peaceops.intranet.documents.infrastructure.search;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.documents.application.search.IndexedVersion;

/** Versions to index in tests: published, public, English unless told otherwise. */
final class Versions {

    private Versions() {
    }

    static IndexedVersion.Builder published(long id, String titleEn) {
        return IndexedVersion.builder().document(id, 1, true)
                .access("PUBLIC", "HQ", "PROMULGATED", "author-" + id)
                .catalogue("SOP", "2020." + id, Set.of("PLANNING"))
                .titles(titleEn, null).languages(Set.of("en"))
                .dates(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 1));
    }

    static IndexedVersion.BodyText body(String text) {
        return () -> Optional.of(new StringReader(text));
    }
}
