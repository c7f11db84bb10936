package org.peaceops.intranet.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.peaceops.intranet.documents.application.DocumentTypeCatalogue;
import org.peaceops.intranet.documents.application.DocumentTypeSummary;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.ThemeSummary;
import org.peaceops.intranet.documents.application.search.FacetValue;
import org.peaceops.intranet.documents.application.search.GuidanceSearch;
import org.peaceops.intranet.documents.application.search.SearchFacet;
import org.peaceops.intranet.documents.application.search.SearchHit;
import org.peaceops.intranet.documents.application.search.SearchRequest;
import org.peaceops.intranet.documents.application.search.SearchResults;
import org.peaceops.intranet.documents.application.search.SearchSort;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.toolbox.application.ReportTypeSummary;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.Messages;

/**
 * The results page: reads the search from the address (words, facets, sort, page), runs it once for
 * the signed-in person and offers links that change one thing at a time.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int MAX_PAGE_LINKS = 7;

    @Inject
    GuidanceSearch search;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSelection language;

    @Inject
    DocumentTypeCatalogue types;

    @Inject
    GuidanceQueries guidance;

    @Inject
    Messages messages;

    @Inject
    ReportDraftingService toolbox;

    private final Map<String, String> params = new LinkedHashMap<>();
    private SearchResults results;
    private Map<String, String> typeNames;
    private Map<String, String> themeNames;

    public String getQ() {
        return params.get("q");
    }

    public void setQ(String value) {
        params.put("q", value);
    }

    public String getType() {
        return params.get("type");
    }

    public void setType(String value) {
        params.put("type", value);
    }

    public String getTheme() {
        return params.get("theme");
    }

    public void setTheme(String value) {
        params.put("theme", value);
    }

    public String getMission() {
        return params.get("mission");
    }

    public void setMission(String value) {
        params.put("mission", value);
    }

    public String getLanguage() {
        return params.get("language");
    }

    public void setLanguage(String value) {
        params.put("language", value);
    }

    public String getYear() {
        return params.get("year");
    }

    public void setYear(String value) {
        params.put("year", value);
    }

    public String getStatus() {
        return params.get("status");
    }

    public void setStatus(String value) {
        params.put("status", value);
    }

    public String getSort() {
        return SearchSort.parse(params.get("sort")).code();
    }

    public void setSort(String value) {
        params.put("sort", value);
    }

    public String getPage() {
        return params.get("page");
    }

    public void setPage(String value) {
        params.put("page", value);
    }

    public String getSize() {
        return params.get("size");
    }

    public void setSize(String value) {
        params.put("size", value);
    }

    public String getSuperseded() {
        return params.get("superseded");
    }

    public void setSuperseded(String value) {
        params.put("superseded", value);
    }

    public boolean isIncludeSuperseded() {
        return "true".equals(params.get("superseded"));
    }

    /** Runs the search once per request; a malformed number in the address counts as absent. */
    public SearchResults getResults() {
        if (results == null) {
            Caller actor = user.caller().orElseThrow(() -> new IllegalStateException("Not signed in"));
            results = search.search(actor, request());
        }
        return results;
    }

    SearchRequest request() {
        return SearchRequest.builder().text(getQ()).type(getType()).theme(getTheme()).mission(getMission())
                .language(getLanguage()).year(number(getYear(), null)).status(getStatus())
                .includeSuperseded(isIncludeSuperseded()).sort(SearchSort.parse(params.get("sort")))
                .page(number(getPage(), 0)).pageSize(number(getSize(), SearchRequest.DEFAULT_PAGE_SIZE))
                .locale(language.getLocale()).build();
    }

    private static Integer number(String value, Integer otherwise) {
        try {
            return value == null ? otherwise : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public boolean isSearched() {
        return getQ() != null && !getQ().isBlank() || params.entrySet().stream()
                .anyMatch(e -> List.of("type", "theme", "mission", "language", "year", "status").contains(e.getKey())
                        && e.getValue() != null && !e.getValue().isBlank());
    }

    public List<SearchHit> getHits() {
        return getResults().getHits();
    }

    /** Where a hit opens: its guidance document, or its Toolbox report. */
    public String hitLink(SearchHit hit) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + (hit.isReport() ? "/toolbox/report.xhtml?id=" : "/library/document.xhtml?id=") + hit.getDocumentId();
    }

    // ---- facets ----

    /** One facet box on the page: its name, its values with labels and counts, the chosen one. */
    public record FacetBox(String code, String label, List<FacetLine> lines, String chosen, String clearLink) {
        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public List<FacetLine> getLines() {
            return lines;
        }

        public String getChosen() {
            return chosen;
        }

        public String getClearLink() {
            return clearLink;
        }
    }

    /** One value in a facet box. */
    public record FacetLine(String value, String label, long count, String link, boolean chosen) {
        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }

        public String getLink() {
            return link;
        }

        public boolean isChosen() {
            return chosen;
        }
    }

    public List<FacetBox> getFacets() {
        List<FacetBox> boxes = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            List<FacetValue> values = getResults().facet(facet);
            if (values.isEmpty()) {
                continue;
            }
            String code = facet.code();
            String chosen = params.get(code);
            List<FacetLine> lines = values.stream().map(v -> new FacetLine(v.getValue(), label(facet, v.getValue()),
                    v.getCount(), links().with(code, v.getValue()), v.getValue().equals(chosen))).toList();
            boxes.add(new FacetBox(code, messages.get("search.facet." + code), lines, chosen, links().with(code, null)));
        }
        return boxes;
    }

    String label(SearchFacet facet, String value) {
        Locale locale = language.getLocale();
        return switch (facet) {
            case TYPE -> typeNames().getOrDefault(value, value);
            case THEME -> themeNames().getOrDefault(value, value);
            case STATUS -> messages.get("status." + value);
            case LANGUAGE -> {
                String name = Locale.forLanguageTag(value).getDisplayLanguage(locale);
                yield name.isEmpty() ? value : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
            }
            case MISSION, YEAR -> value;
        };
    }

    public String typeName(String code) {
        return typeNames().getOrDefault(code, code);
    }

    private Map<String, String> typeNames() {
        if (typeNames == null) {
            typeNames = new LinkedHashMap<>();
            for (DocumentTypeSummary t : types.activeTypes(language.getLocale())) {
                typeNames.put(t.getCode(), t.getName());
            }
            // Published Toolbox reports are found beside guidance, faceted by their report type.
            for (ReportTypeSummary t : toolbox.reportTypes()) {
                typeNames.putIfAbsent(t.code(), t.name().in(language.getLocale()));
            }
        }
        return typeNames;
    }

    private Map<String, String> themeNames() {
        if (themeNames == null) {
            themeNames = new LinkedHashMap<>();
            for (ThemeSummary t : guidance.thematicAreas(language.getLocale())) {
                themeNames.put(t.getCode(), t.getName());
            }
        }
        return themeNames;
    }

    // ---- links ----

    private SearchLinks links() {
        return new SearchLinks(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), params);
    }

    public String sortLink(String sort) {
        return links().with("sort", "relevance".equals(sort) ? null : sort);
    }

    public String getSupersededLink() {
        return links().with("superseded", isIncludeSuperseded() ? null : "true");
    }

    public String getDidYouMeanLink() {
        return getResults().didYouMean().map(text -> links().with("q", text)).orElse(null);
    }

    public String getDidYouMean() {
        return getResults().didYouMean().orElse(null);
    }

    public int getCurrentPage() {
        return getResults().getPage();
    }

    public int getPageCount() {
        return getResults().getPageCount();
    }

    public String pageLink(int page) {
        return links().page(page);
    }

    /** Page numbers around the current one (0-based), at most {@link #MAX_PAGE_LINKS}. */
    public List<Integer> getPageNumbers() {
        int count = getPageCount();
        int first = Math.max(0, Math.min(getCurrentPage() - MAX_PAGE_LINKS / 2, count - MAX_PAGE_LINKS));
        return IntStream.range(first, Math.min(count, first + MAX_PAGE_LINKS)).boxed().toList();
    }

    /** "11–20": the positions of this page's hits among all. */
    public String getRange() {
        SearchResults r = getResults();
        long from = (long) r.getPage() * r.getPageSize() + 1;
        return from + "–" + (from + r.getHits().size() - 1);
    }
}
