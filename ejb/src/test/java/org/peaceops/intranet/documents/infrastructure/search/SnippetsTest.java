package org.peaceops.intranet.documents.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.search.SearchHit;

/** Snippets come from the first part of the body only, however long it is, and each from its own hit. */
class SnippetsTest extends SearchIndexTestBase {

    private static final String FILLER = "Stores are counted and reported every month by the logistics cell. ";

    @Test
    void aHugeBodyGivesABoundedSnippetWithTheHit() {
        String body = "The convoy escort leaves at dawn. " + FILLER.repeat(15_000) + "Another convoy escort returns. ";
        assertThat(body.length()).isGreaterThan(1_000_000);
        add(Versions.published(1, "Manual").body(Versions.body(body)).build());

        String snippet = search("escort", EVERYONE).getHits().get(0).getSnippetHtml();

        assertThat(snippet).contains("<mark>escort</mark>").hasSizeLessThan(1_000);
    }

    @Test
    void aHitPastTheStoredStartIsFoundAndShownWithTheSummary() {
        String body = FILLER.repeat(VersionDocuments.STORED_BODY_CHARS / FILLER.length() + 10) + "Demining teams rotate.";
        add(Versions.published(1, "Manual").summaries("How stores are kept.", null).body(Versions.body(body)).build());

        SearchHit hit = search("demining", EVERYONE).getHits().get(0);

        assertThat(hit.getDocumentId()).isEqualTo(1L);
        assertThat(hit.getSnippetHtml()).isEqualTo("How stores are kept.");
    }

    @Test
    void eachHitHasTheSnippetOfItsOwnBody() {
        for (int id = 1; id <= 12; id++) {
            add(Versions.published(id, "Report " + id).body(Versions.body("Convoy code word" + id + " was used.")).build());
        }

        Map<Long, String> snippets = search("convoy", EVERYONE).getHits().stream()
                .collect(Collectors.toMap(SearchHit::getDocumentId, SearchHit::getSnippetHtml));

        assertThat(snippets).hasSize(10);
        snippets.forEach((id, snippet) -> assertThat(snippet).contains("word" + id + " "));
    }
}
