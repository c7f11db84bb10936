package org.peaceops.intranet.documents.application.search;

import java.util.Locale;

/** How results are ordered; a closed list, so nothing a reader types reaches the sort. */
public enum SearchSort {
    RELEVANCE, DATE, DOWNLOADS;

    /** The sort named in a URL ({@code relevance}, {@code date}, {@code downloads}); relevance otherwise. */
    public static SearchSort parse(String value) {
        if (value != null) {
            for (SearchSort sort : values()) {
                if (sort.name().equalsIgnoreCase(value.trim())) {
                    return sort;
                }
            }
        }
        return RELEVANCE;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
