package org.peaceops.intranet.documents.infrastructure.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.peaceops.intranet.documents.application.search.FacetValue;
import org.peaceops.intranet.documents.application.search.IndexedVersion;
import org.peaceops.intranet.documents.application.search.SearchFacet;
import org.peaceops.intranet.documents.application.search.SearchHit;
import org.peaceops.intranet.documents.application.search.SearchRequest;
import org.peaceops.intranet.documents.application.search.SearchResults;
import org.peaceops.intranet.documents.application.search.TitleSuggestion;
import org.peaceops.intranet.documents.domain.guidance.Readership;

/**
 * Runs searches and title suggestions on one searcher. The reader's access filter and the chosen
 * facets are filter clauses of the one query everything is computed from (hits, facet counts,
 * snippets, spelling checks), so nothing outside the reader's permissions can influence what is shown.
 */
final class IndexQueries {

    private static final int MAX_FACET_VALUES = 30;
    /** The stored fields a hit shows, and those its snippets are cut from: each hit's are read once. */
    private static final java.util.Set<String> SHOWN = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            IndexFields.DOCUMENT_ID, IndexFields.REPORT_ID, IndexFields.VERSION,
            IndexFields.REFERENCE_SHOWN, IndexFields.TYPE, IndexFields.MISSION, IndexFields.CLASSIFICATION,
            IndexFields.STATUS, IndexFields.EFFECTIVE, IndexFields.DOWNLOADS, IndexFields.TITLE_EN, IndexFields.TITLE_FR,
            IndexFields.SUMMARY_EN, IndexFields.SUMMARY_FR), Snippets.STORED.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Guidance in force ranks above the same words in a version awaiting or past its time. */
    private static final float IN_FORCE_BOOST = 2f;
    /** The status a Toolbox report is indexed with: only published reports are. */
    static final String PUBLISHED_REPORT = "PUBLISHED";

    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final SearchQueryParser parser;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    IndexQueries(Analyzer analyzer, FacetsConfig facetsConfig) {
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
        this.parser = new SearchQueryParser(analyzer);
    }

    SearchResults search(IndexSearcher searcher, SearchRequest request, Readership reader, SearchPhases phases)
            throws IOException {
        Query text = parser.parse(request.text());
        phases.end(SearchPhases.Phase.PARSE);
        Query filters = filters(request, reader);
        phases.end(SearchPhases.Phase.ACCESS_FILTER);
        Query query = scored(PhrasePairs.rewrite(text), filters, !request.text().isEmpty());
        int wanted = (request.page() + 1) * request.pageSize();
        FacetsCollector collector = new FacetsCollector();
        TopDocs top = sort(request) == null ? FacetsCollector.search(searcher, query, wanted, collector)
                : FacetsCollector.search(searcher, query, wanted, sort(request), true, collector);
        long total = collector.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        phases.totalHits(total);
        phases.end(SearchPhases.Phase.SEARCH);
        Map<SearchFacet, List<FacetValue>> facets = facets(searcher, collector);
        phases.end(SearchPhases.Phase.FACETS);
        List<SearchHit> hits = hits(searcher, text, top, request, phases);
        String suggestion = total < Spelling.FEW_HITS && !request.text().isEmpty()
                ? new Spelling(parser, analyzer).correct(searcher, request.text(), filters, total) : null;
        phases.end(SearchPhases.Phase.SPELLING);
        return new SearchResults(hits, total, request.page(), request.pageSize(), facets, suggestion, false);
    }

    static Query scored(Query text, Query filters, boolean rankInForce) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST).add(filters, Occur.FILTER);
        if (rankInForce) {
            BooleanQuery inForce = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.STATUS, "PROMULGATED")), Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexFields.STATUS, "UNDER_REVIEW")), Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexFields.STATUS, PUBLISHED_REPORT)), Occur.SHOULD).build();
            query.add(new BoostQuery(new ConstantScoreQuery(inForce), IN_FORCE_BOOST), Occur.SHOULD);
        }
        return query.build();
    }

    /** Access, version scope (current versions; superseded ones when asked) and the chosen facets. */
    static Query filters(SearchRequest request, Readership reader) {
        BooleanQuery.Builder filters = new BooleanQuery.Builder().add(AccessFilter.of(reader), Occur.FILTER);
        BooleanQuery.Builder scope = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.CURRENT, "true")), Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_REPORT)), Occur.SHOULD);
        if (request.includeSuperseded()) {
            scope.add(new TermQuery(new Term(IndexFields.STATUS, "SUPERSEDED")), Occur.SHOULD);
        }
        filters.add(scope.build(), Occur.FILTER);
        facet(filters, IndexFields.TYPE, request.type());
        facet(filters, IndexFields.THEME, request.theme());
        facet(filters, IndexFields.MISSION, request.mission());
        facet(filters, IndexFields.LANGUAGE, request.language());
        facet(filters, IndexFields.YEAR, request.year() == null ? null : String.valueOf(request.year()));
        facet(filters, IndexFields.STATUS, request.status());
        return filters.build();
    }

    private static void facet(BooleanQuery.Builder filters, String field, String value) {
        if (value != null) {
            filters.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static Sort sort(SearchRequest request) {
        return switch (request.sort()) {
            case RELEVANCE -> null;
            case DATE -> new Sort(new SortField(IndexFields.EFFECTIVE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case DOWNLOADS -> new Sort(new SortField(IndexFields.DOWNLOADS, SortField.Type.LONG, true), SortField.FIELD_SCORE);
        };
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query text, TopDocs top, SearchRequest request,
            SearchPhases phases) throws IOException {
        int from = request.page() * request.pageSize();
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        int[] ids = java.util.Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        Document[] shown = new Document[ids.length];
        org.apache.lucene.index.StoredFields stored = searcher.storedFields();
        for (int i = 0; i < ids.length; i++) {
            shown[i] = stored.document(ids[i], SHOWN);
        }
        phases.end(SearchPhases.Phase.STORED_FIELDS);
        Snippets snippets = new Snippets(searcher, analyzer, text, ids, shown);
        boolean french = Locale.FRENCH.getLanguage().equals(request.locale().getLanguage());
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Document d = shown[i];
            boolean report = d.get(IndexFields.REPORT_ID) != null;
            hits.add(new SearchHit(Long.parseLong(d.get(report ? IndexFields.REPORT_ID : IndexFields.DOCUMENT_ID)),
                    d.getField(IndexFields.VERSION).numericValue().intValue(),
                    snippets.title(i, d, french), snippets.passage(i, d, french),
                    d.get(IndexFields.REFERENCE_SHOWN), d.get(IndexFields.TYPE), d.get(IndexFields.MISSION),
                    d.get(IndexFields.CLASSIFICATION), d.get(IndexFields.STATUS),
                    d.get(IndexFields.EFFECTIVE) == null ? "" : d.get(IndexFields.EFFECTIVE),
                    d.getField(IndexFields.DOWNLOADS).numericValue().longValue(), report));
        }
        phases.end(SearchPhases.Phase.SNIPPETS);
        return hits;
    }

    private Map<SearchFacet, List<FacetValue>> facets(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        Map<SearchFacet, List<FacetValue>> result = new EnumMap<>(SearchFacet.class);
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null || collector.getMatchingDocs().stream().allMatch(m -> m.totalHits == 0)) {
            return result;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (SearchFacet facet : SearchFacet.values()) {
            List<FacetValue> values = new ArrayList<>();
            try {
                FacetResult top = counts.getTopChildren(MAX_FACET_VALUES, facet.code());
                if (top != null) {
                    for (LabelAndValue lv : top.labelValues) {
                        values.add(new FacetValue(lv.label, lv.value.longValue()));
                    }
                }
            } catch (IllegalArgumentException notIndexedYet) {
                // no document carries this dimension yet
            }
            if (facet == SearchFacet.YEAR) {
                values.sort((a, b) -> b.getValue().compareTo(a.getValue()));
            }
            result.put(facet, values);
        }
        return result;
    }

    /** The ordinals of facet values, rebuilt once per reader (they change with every refresh). */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException emptyIndex) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    /** Titles of readable current documents (and published reports) whose words start with what was typed, best match first. */
    List<TitleSuggestion> suggestTitles(IndexSearcher searcher, String typed, Readership reader, int max, boolean french)
            throws IOException {
        List<String> words = Spelling.words(analyzer, IndexFields.TITLE_ANY, typed == null ? "" : typed);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            query.add(new TermQuery(new Term(IndexFields.TITLE_ANY, words.get(i))), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(IndexFields.TITLE_ANY, words.get(words.size() - 1))), Occur.MUST);
        query.add(filters(SearchRequest.builder().build(), reader), Occur.FILTER);
        TopDocs top = searcher.search(query.build(), max);
        Map<String, TitleSuggestion> titles = new LinkedHashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document d = searcher.storedFields().document(hit.doc, java.util.Set.of(IndexFields.DOCUMENT_ID,
                    IndexFields.REPORT_ID, IndexFields.TITLE_EN, IndexFields.TITLE_FR));
            boolean report = d.get(IndexFields.REPORT_ID) != null;
            long id = Long.parseLong(d.get(report ? IndexFields.REPORT_ID : IndexFields.DOCUMENT_ID));
            titles.putIfAbsent((report ? "r" : "d") + id, new TitleSuggestion(id,
                    IndexedVersion.title(d.get(IndexFields.TITLE_EN), d.get(IndexFields.TITLE_FR), french), report));
        }
        return List.copyOf(titles.values());
    }
}
