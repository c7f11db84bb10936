package org.peaceops.intranet.documents.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.search.FacetValue;
import org.peaceops.intranet.documents.application.search.SearchFacet;
import org.peaceops.intranet.documents.application.search.SearchResults;

/**
 * A confidential MINUSCA document with a word found nowhere else: a reader of another mission never
 * meets it, in hits, facet counts, snippets, title suggestions or spelling corrections; a MINUSCA
 * reader does.
 */
class PermissionTrimmingTest extends SearchIndexTestBase {

    private static final long SECRET = 10;

    @BeforeEach
    void documents() {
        add(Versions.published(SECRET, "Quarantine of Bangassou airfield").access("CONFIDENTIAL", "MINUSCA", "PROMULGATED", "x")
                        .catalogue("MANUAL", "2019.77", Set.of("PROTECTION_OF_CIVILIANS"))
                        .body(Versions.body("The zanzibarite protocol applies to every patrol of the airfield.")).build(),
                Versions.published(11, "Airfield operations").catalogue("SOP", "2019.11", Set.of("LOGISTICS"))
                        .body(Versions.body("Patrols of the airfield follow the standard protocol.")).build(),
                Versions.published(12, "Quarterly airfield report").catalogue("SOP", "2019.12", Set.of("LOGISTICS"))
                        .access("INTERNAL", "UNMISS", "PROMULGATED", "y").build());
    }

    @Test
    void hitsAndSnippetsStayWithinTheReadersScope() {
        assertThat(ids("zanzibarite", UNMISS_READER)).isEmpty();
        assertThat(ids("protocol", UNMISS_READER)).containsExactly(11L);
        SearchResults own = search("zanzibarite", MINUSCA_READER);
        assertThat(ids(own)).containsExactly(SECRET);
        assertThat(own.getHits().get(0).getSnippetHtml()).contains("<mark>zanzibarite</mark>");
        assertThat(search("protocol", UNMISS_READER).getHits())
                .allSatisfy(h -> assertThat(h.getSnippetHtml() + h.getTitleHtml()).doesNotContainIgnoringCase("zanzibarite"));
    }

    @Test
    void facetCountsLeaveOutWhatTheReaderMayNotOpen() {
        SearchResults outsider = search("airfield", UNMISS_READER);
        assertThat(outsider.getTotal()).isEqualTo(2);
        assertThat(outsider.facet(SearchFacet.TYPE)).extracting(FacetValue::toString).containsExactly("SOP=2");
        assertThat(outsider.facet(SearchFacet.MISSION)).extracting(FacetValue::getValue).doesNotContain("MINUSCA");
        assertThat(outsider.facet(SearchFacet.THEME)).extracting(FacetValue::getValue)
                .doesNotContain("PROTECTION_OF_CIVILIANS");
        SearchResults insider = search("airfield", MINUSCA_READER);
        assertThat(insider.getTotal()).isEqualTo(3);
        assertThat(insider.facet(SearchFacet.TYPE)).extracting(FacetValue::toString)
                .containsExactlyInAnyOrder("SOP=2", "MANUAL=1");
    }

    @Test
    void titleSuggestionsComeOnlyFromReadableDocuments() {
        assertThat(index.suggestTitles("quar", UNMISS_READER, 8, false)).extracting(Object::toString)
                .containsExactly("Quarterly airfield report");
        assertThat(index.suggestTitles("quar", MINUSCA_READER, 8, false)).extracting(Object::toString)
                .containsExactlyInAnyOrder("Quarterly airfield report", "Quarantine of Bangassou airfield");
        assertThat(index.suggestTitles("bangas", UNMISS_READER, 8, false)).isEmpty();
    }

    @Test
    void spellingCorrectionsNeverPointAtAHiddenWord() {
        assertThat(search("zanzobarite", UNMISS_READER).didYouMean()).isEmpty();
        assertThat(search("zanzobarite", MINUSCA_READER).didYouMean()).contains("zanzibarite");
        assertThat(search("bangasou", UNMISS_READER).didYouMean()).isEmpty();
    }

    @Test
    void theAuthorOfAConfidentialVersionSeesItOutsideTheMission() {
        var author = new org.peaceops.intranet.documents.domain.guidance.Readership("x", "UNMISS", false,
                org.peaceops.intranet.documents.domain.guidance.Readership.Preparation.NONE);
        assertThat(ids("zanzibarite", author)).containsExactly(SECRET);
    }
}
