package org.peaceops.intranet.documents.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.documents.application.GuidanceAccessPolicy;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.domain.guidance.Readership;
import org.peaceops.intranet.shared.Caller;

/**
 * Searching guidance for a person: the same reading rules as the library listing, applied inside the
 * index query, so results, counts, snippets, suggestions and corrections reveal nothing they may not open.
 */
@ApplicationScoped
public class GuidanceSearch {

    public static final int MAX_SUGGESTIONS = 8;
    static final int MIN_SUGGESTION_CHARS = 2;

    @Inject
    GuidanceIndex index;

    @Inject
    GuidanceAccessPolicy policy;

    @Inject
    SearchIndexMaintenance maintenance;

    public SearchResults search(Caller actor, SearchRequest request) {
        Readership reader = reader(actor);
        return index.search(request, reader).withIndexIncomplete(maintenance.isFilling());
    }

    public List<TitleSuggestion> suggestTitles(Caller actor, String typed, Locale locale) {
        Readership reader = reader(actor);
        if (typed == null || typed.strip().length() < MIN_SUGGESTION_CHARS) {
            return List.of();
        }
        String text = typed.length() > SearchRequest.MAX_TEXT ? typed.substring(0, SearchRequest.MAX_TEXT) : typed;
        return index.suggestTitles(text, reader, MAX_SUGGESTIONS, Locale.FRENCH.getLanguage().equals(locale.getLanguage()));
    }

    /** The words these published reports use most, counting only those the actor may open (trends). */
    public List<FacetValue> frequentReportTerms(Caller actor, java.util.Set<Long> reportIds, int max) {
        return index.frequentReportTerms(reader(actor), reportIds, max);
    }

    private Readership reader(Caller actor) {
        policy.check(actor, GuidanceAction.BROWSE, null);
        return GuidanceQueries.readership(actor);
    }
}
