package org.peaceops.intranet.documents.application.search;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of results with the facet counts of the whole result set and, when the words found little,
 * a corrected text that finds more. Every number here counts only what the reader may open.
 */
public final class SearchResults implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<SearchHit> hits;
    private final long total;
    private final int page;
    private final int pageSize;
    private final Map<SearchFacet, List<FacetValue>> facets;
    private final String didYouMean;
    private final boolean indexIncomplete;

    public SearchResults(List<SearchHit> hits, long total, int page, int pageSize,
            Map<SearchFacet, List<FacetValue>> facets, String didYouMean, boolean indexIncomplete) {
        this.hits = List.copyOf(hits);
        this.total = total;
        this.page = page;
        this.pageSize = pageSize;
        this.facets = Map.copyOf(facets);
        this.didYouMean = didYouMean;
        this.indexIncomplete = indexIncomplete;
    }

    public static SearchResults empty(SearchRequest request, boolean indexIncomplete) {
        return new SearchResults(List.of(), 0, request.page(), request.pageSize(), Map.of(), null, indexIncomplete);
    }

    public SearchResults withIndexIncomplete(boolean incomplete) {
        return new SearchResults(hits, total, page, pageSize, facets, didYouMean, incomplete);
    }

    public List<SearchHit> getHits() {
        return hits;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getPageSize() {
        return pageSize;
    }

    public int getPageCount() {
        return (int) Math.min(SearchRequest.MAX_PAGE + 1L, (total + pageSize - 1) / pageSize);
    }

    public List<FacetValue> facet(SearchFacet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    public Map<SearchFacet, List<FacetValue>> getFacets() {
        return facets;
    }

    public Optional<String> didYouMean() {
        return Optional.ofNullable(didYouMean);
    }

    /** True while the index is being rebuilt: results may be missing documents for a while. */
    public boolean isIndexIncomplete() {
        return indexIncomplete;
    }
}
