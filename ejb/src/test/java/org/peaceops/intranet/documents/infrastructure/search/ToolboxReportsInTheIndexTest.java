package org.peaceops.intranet.documents.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.search.FacetValue;
import org.peaceops.intranet.documents.application.search.IndexedVersion;
import org.peaceops.intranet.documents.application.search.SearchFacet;
import org.peaceops.intranet.documents.application.search.SearchHit;
import org.peaceops.intranet.documents.application.search.SearchRequest;
import org.peaceops.intranet.documents.application.search.SearchResults;
import org.peaceops.intranet.documents.application.search.TitleSuggestion;
import org.peaceops.intranet.documents.domain.guidance.Readership;

/**
 * Published Toolbox reports share the index with guidance and its reading rules: a report confidential
 * to MINUSCA is met by MINUSCA and headquarters only, in hits, facets, suggestions and term counts; a
 * handover note by its mission and its successor only, whatever the reader's scope; report ids never
 * mix with document ids.
 */
class ToolboxReportsInTheIndexTest extends SearchIndexTestBase {

    private static final Readership HQ_READER = new Readership("reader-hq", "HQ", true, Readership.Preparation.NONE);
    private static final Readership SUCCESSOR = new Readership("successor-sub", "UNMISS", false, Readership.Preparation.NONE);

    @BeforeEach
    void reportsAndGuidance() {
        // Guidance with the same id as a report: the two must never replace or hide each other.
        add(Versions.published(1, "Convoy escort procedure").catalogue("SOP", "2020.01", Set.of("LOGISTICS"))
                .body(Versions.body("Escorts of convoys follow the escort procedure.")).build());
        index.replaceReport(1, report(1, "Convoy ambush near Bria", "CONFIDENTIAL", "MINUSCA", false,
                "The convoy was ambushed near Bria; the escort held. Radio checkpoints were missed by the convoy."));
        index.replaceReport(2, report(2, "Flood response in Bor", "INTERNAL", "UNMISS", false,
                "Community liaison assistants warned of the flood; the convoy reached Bor in time."));
        index.replaceReport(3, report(3, "Handover of the Bria civil affairs post", "CONFIDENTIAL", "MINUSCA", true,
                "Handover: the convoy schedule and the liaison contacts are in the key files."));
        index.commit(Map.of());
    }

    private static IndexedVersion report(long id, String title, String classification, String mission, boolean handover,
            String text) {
        return IndexedVersion.builder().document(id, 1, false)
                .access(classification, mission, "PUBLISHED", "author-" + id)
                .catalogue(handover ? "HANDOVER_NOTE" : "AFTER_ACTION_REVIEW", "TBX-" + id, Set.of())
                .titles(title, title).dates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 30))
                .body(() -> Optional.of(new StringReader(text)))
                .report(handover, handover ? "successor-sub" : null).build();
    }

    private static List<String> found(SearchResults results) {
        return results.getHits().stream().map(h -> (h.isReport() ? "report " : "document ") + h.getDocumentId()).toList();
    }

    @Test
    void aReportConfidentialToOneMissionIsInvisibleToReadersOfAnother() {
        assertThat(found(search("convoy", UNMISS_READER))).containsExactlyInAnyOrder("document 1", "report 2");
        assertThat(found(search("convoy", MINUSCA_READER)))
                .containsExactlyInAnyOrder("document 1", "report 1", "report 2", "report 3");
        assertThat(found(search("ambushed", UNMISS_READER))).isEmpty();
        assertThat(found(search("ambushed", HQ_READER))).containsExactly("report 1");
    }

    @Test
    void aHandoverNoteIsForItsMissionAndItsSuccessorOnlyEvenFromHeadquarters() {
        assertThat(found(search("handover", HQ_READER))).isEmpty();
        assertThat(found(search("handover", SUCCESSOR))).containsExactly("report 3");
        assertThat(found(search("handover", MINUSCA_READER))).containsExactly("report 3");
        assertThat(found(search("handover", new Readership("author-3", "HQ", true, Readership.Preparation.NONE))))
                .containsExactly("report 3");
    }

    @Test
    void reportsCarryTheirTypeAsAFacetAndASnippet() {
        SearchResults results = search("convoy", MINUSCA_READER);
        assertThat(results.facet(SearchFacet.TYPE)).extracting(FacetValue::toString)
                .containsExactlyInAnyOrder("AFTER_ACTION_REVIEW=2", "HANDOVER_NOTE=1", "SOP=1");
        SearchHit ambush = results.getHits().stream().filter(h -> h.isReport() && h.getDocumentId() == 1).findFirst()
                .orElseThrow();
        assertThat(ambush.getSnippetHtml()).contains("<mark>convoy</mark>");
        assertThat(ambush.getReferenceNumber()).isEqualTo("TBX-1");
        assertThat(found(search(SearchRequest.builder().text("convoy").type("AFTER_ACTION_REVIEW").build(), UNMISS_READER)))
                .containsExactly("report 2");
        assertThat(search("convoy", UNMISS_READER).facet(SearchFacet.MISSION)).extracting(FacetValue::getValue)
                .doesNotContain("MINUSCA");
    }

    @Test
    void titleSuggestionsOfferReadableReportsOnly() {
        assertThat(index.suggestTitles("convoy", UNMISS_READER, 8, false))
                .extracting(TitleSuggestion::getTitle, TitleSuggestion::isReport)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Convoy escort procedure", false));
        assertThat(index.suggestTitles("convoy", MINUSCA_READER, 8, false)).extracting(TitleSuggestion::getTitle)
                .containsExactlyInAnyOrder("Convoy escort procedure", "Convoy ambush near Bria");
    }

    @Test
    void replacingOrDeletingAReportLeavesTheGuidanceOfTheSameIdAlone() {
        index.deleteReport(1);
        index.commit(Map.of());

        assertThat(found(search("convoy", MINUSCA_READER))).containsExactlyInAnyOrder("document 1", "report 2", "report 3");
        assertThat(index.documentIds()).containsExactly(1L);
        assertThat(index.reportIds()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(index.retainOnlyReports(Set.of(2L))).isEqualTo(1);
        index.commit(Map.of());
        assertThat(index.reportIds()).containsExactly(2L);
        assertThat(index.documentCount()).isEqualTo(1);
    }

    @Test
    void frequentTermsCountReadableReportsWithoutStopWords() {
        Set<Long> all = Set.of(1L, 2L, 3L);
        List<FacetValue> unmiss = index.frequentReportTerms(UNMISS_READER, all, 50);
        assertThat(unmiss).extracting(FacetValue::getValue).contains("flood", "convoy", "liaison")
                .doesNotContain("ambushed", "bria", "the", "of", "escort");
        List<FacetValue> minusca = index.frequentReportTerms(MINUSCA_READER, all, 3);
        assertThat(minusca).extracting(FacetValue::toString).startsWith("convoy=3");
        assertThat(minusca).hasSize(3);
        assertThat(index.frequentReportTerms(MINUSCA_READER, all, 100)).extracting(FacetValue::getValue)
                .doesNotContain("the", "in", "and", "of", "procedure");
        assertThat(index.frequentReportTerms(MINUSCA_READER, Set.of(2L), 100)).extracting(FacetValue::getValue)
                .contains("flood").doesNotContain("ambushed", "handover");
        assertThat(index.frequentReportTerms(MINUSCA_READER, Set.of(), 100)).isEmpty();
    }
}
