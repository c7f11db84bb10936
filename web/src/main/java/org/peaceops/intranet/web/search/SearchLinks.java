package org.peaceops.intranet.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Addresses of the results page for a set of parameters: every facet, sort and page is a plain link,
 * so results can be bookmarked, shared and opened in a new tab, and the back button works.
 */
final class SearchLinks {

    static final String PAGE = "/search/index.xhtml";

    private final String base;
    private final Map<String, String> params;

    SearchLinks(String contextPath, Map<String, String> params) {
        this.base = contextPath + PAGE;
        this.params = new LinkedHashMap<>(params);
        this.params.values().removeIf(v -> v == null || v.isBlank());
    }

    /** The same search with one parameter set (or removed when {@code value} is null), from page 1. */
    String with(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.remove("page");
        if (value == null || value.isBlank()) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        return href(next);
    }

    /** The same search on page {@code page} (0-based). */
    String page(int page) {
        Map<String, String> next = new LinkedHashMap<>(params);
        if (page <= 0) {
            next.remove("page");
        } else {
            next.put("page", String.valueOf(page));
        }
        return href(next);
    }

    private String href(Map<String, String> values) {
        String query = values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? base : base + "?" + query;
    }
}
