package org.peaceops.intranet.documents.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.search.IndexedVersion;
import org.peaceops.intranet.documents.application.search.SearchRequest;
import org.peaceops.intranet.documents.application.search.SearchSort;

/** The search box: phrases, operators, prefixes, qualifiers, ranking, paging and sorting. */
class QuerySyntaxTest extends SearchIndexTestBase {

    @BeforeEach
    void documents() {
        add(Versions.published(1, "Gender in peacekeeping operations").catalogue("POLICY_DIRECTIVE", "2008.01", Set.of("GENDER"))
                        .summaries("Women, peace and security in mission planning.", null).build(),
                Versions.published(2, "Mission planning handbook").catalogue("MANUAL", "2010.02", Set.of("PLANNING"))
                        .body(Versions.body("Gender advisers join the planning team early.")).build(),
                Versions.published(3, "Security of United Nations premises").catalogue("SOP", "2012.03", Set.of("LOGISTICS"))
                        .dates(LocalDate.of(2015, 5, 1), LocalDate.of(2015, 4, 1)).downloads(40)
                        .body(Versions.body("Peace and security of the compound; security planning.")).build());
    }

    @Test
    void phrasesMatchWordsInOrder() {
        assertThat(ids("\"peace and security\"", EVERYONE)).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids("\"security and peace\"", EVERYONE)).isEmpty();
    }

    @Test
    void aQuotedTitlePhraseMatchesTitlesOnly() {
        assertThat(ids("\"mission planning\"", EVERYONE)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("title:\"mission planning\"", EVERYONE)).containsExactly(2L);
    }

    @Test
    void wordsMustAllMatchUnlessJoinedByOr() {
        assertThat(ids("gender planning", EVERYONE)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("gender premises", EVERYONE)).isEmpty();
        assertThat(ids("gender OR premises", EVERYONE)).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(ids("planning NOT gender", EVERYONE)).containsExactly(3L);
        assertThat(ids("NOT gender", EVERYONE)).containsExactly(3L);
    }

    @Test
    void prefixesAndQualifiers() {
        assertThat(ids("prem*", EVERYONE)).containsExactly(3L);
        assertThat(ids("title:planning", EVERYONE)).containsExactly(2L);
        assertThat(ids("ref:2010.02", EVERYONE)).containsExactly(2L);
        assertThat(ids("type:sop", EVERYONE)).containsExactly(3L);
        assertThat(ids("planning type:manual", EVERYONE)).containsExactly(2L);
    }

    @Test
    void brokenSyntaxIsSearchedAsWords() {
        assertThat(ids("\"gender (", EVERYONE)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("title:", EVERYONE)).isEmpty();
    }

    @Test
    void titleAndReferenceMatchesRankFirst() {
        assertThat(order(search("gender", EVERYONE))).containsExactly(1L, 2L);
        assertThat(order(search("2012.03", EVERYONE))).first().isEqualTo(3L);
    }

    @Test
    void currentVersionsOnlyUnlessSupersededAreAskedFor() {
        IndexedVersion old = Versions.published(5, "Ration scales").document(5, 1, false)
                .access("PUBLIC", "HQ", "SUPERSEDED", "a").dates(LocalDate.of(2001, 1, 1), LocalDate.of(2000, 1, 1)).build();
        IndexedVersion now = Versions.published(5, "Ration scales").document(5, 2, true).build();
        index.replace(5, List.of(old, now));
        index.commit(Map.of());
        assertThat(search("ration", EVERYONE).getHits()).extracting(h -> h.getVersionNumber()).containsExactly(2);
        assertThat(search(SearchRequest.builder().text("ration").includeSuperseded(true).build(), EVERYONE).getHits())
                .extracting(h -> h.getVersionNumber()).containsExactly(2, 1);
    }

    @Test
    void inForceGuidanceRanksAboveTheSameWordsUnderPreparation() {
        add(Versions.published(6, "Camp hygiene").access("PUBLIC", "HQ", "DRAFT", "a").build(),
                Versions.published(7, "Camp hygiene").build());
        assertThat(order(search("hygiene", EVERYONE))).containsExactly(7L, 6L);
    }

    @Test
    void sortingByDateAndDownloadsAndPaging() {
        SearchRequest byDate = SearchRequest.builder().text("planning OR security OR gender").sort(SearchSort.DATE).build();
        assertThat(order(search(byDate, EVERYONE))).last().isEqualTo(3L);
        SearchRequest byDownloads = byDate.toBuilder().sort(SearchSort.DOWNLOADS).build();
        assertThat(order(search(byDownloads, EVERYONE)).get(0)).isEqualTo(3L);
        SearchRequest page2 = byDate.toBuilder().pageSize(2).page(1).build();
        var second = search(page2, EVERYONE);
        assertThat(second.getTotal()).isEqualTo(3);
        assertThat(second.getHits()).hasSize(1);
        assertThat(second.getPageCount()).isEqualTo(2);
    }

    @Test
    void facetsCountTheResultsAndNarrowThem() {
        var all = search("planning OR security OR gender", EVERYONE);
        assertThat(all.facet(org.peaceops.intranet.documents.application.search.SearchFacet.TYPE))
                .extracting(Object::toString).containsExactlyInAnyOrder("POLICY_DIRECTIVE=1", "MANUAL=1", "SOP=1");
        var narrowed = search(SearchRequest.builder().text("planning OR security OR gender").type("SOP").build(), EVERYONE);
        assertThat(ids(narrowed)).containsExactly(3L);
        assertThat(narrowed.facet(org.peaceops.intranet.documents.application.search.SearchFacet.YEAR))
                .extracting(Object::toString).containsExactly("2015=1");
    }

    @Test
    void snippetsHighlightMatchesAndEscapeTheText() {
        add(Versions.published(8, "Signals <script>alert(1)</script>")
                .body(Versions.body("Radio <b>discipline</b> keeps the net clear.")).build());
        var hit = search("discipline", EVERYONE).getHits().get(0);
        assertThat(hit.getSnippetHtml()).contains("<mark>discipline</mark>").contains("&lt;b&gt;")
                .doesNotContain("<b>");
        assertThat(hit.getTitleHtml()).contains("&lt;script&gt;").doesNotContain("<script>");
        var titleHit = search("signals", EVERYONE).getHits().get(0);
        assertThat(titleHit.getTitleHtml()).startsWith("<mark>Signals</mark>");
    }

    @Test
    void spellingSuggestionsFindMore() {
        assertThat(search("premisses", EVERYONE).didYouMean()).contains("premises");
        assertThat(search("premises", EVERYONE).didYouMean()).isEmpty();
    }

    @Test
    void titlesAreSuggestedAsYouType() {
        assertThat(index.suggestTitles("miss", EVERYONE, 8, false)).extracting(Object::toString)
                .containsExactly("Mission planning handbook");
        assertThat(index.suggestTitles("security of un", EVERYONE, 8, false)).extracting(Object::toString)
                .containsExactly("Security of United Nations premises");
    }
}
