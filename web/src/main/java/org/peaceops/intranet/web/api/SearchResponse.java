package org.peaceops.intranet.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.documents.application.search.FacetValue;
import org.peaceops.intranet.documents.application.search.SearchFacet;
import org.peaceops.intranet.documents.application.search.SearchHit;
import org.peaceops.intranet.documents.application.search.SearchRequest;
import org.peaceops.intranet.documents.application.search.SearchResults;

/**
 * {@code GET /api/v1/search}: one page of hits the caller may open, with the counts of each facet
 * ({@code facets}: facet code → values with their counts) and a "did you mean" when there is one.
 */
public record SearchResponse(String query, long total, int page, int pageSize, int pageCount, String didYouMean,
        boolean indexIncomplete, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {

    static SearchResponse of(SearchRequest request, SearchResults results) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (SearchFacet facet : SearchFacet.values()) {
            facets.put(facet.code(), results.facet(facet));
        }
        return new SearchResponse(request.text(), results.getTotal(), results.getPage(), results.getPageSize(),
                results.getPageCount(), results.didYouMean().orElse(null), results.isIndexIncomplete(),
                results.getHits(), facets);
    }
}
