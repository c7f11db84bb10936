package org.peaceops.intranet.documents.application.search;

import java.io.Serializable;
import java.util.Locale;

/**
 * What a reader asked for: the words typed in the search box (phrases, AND/OR/NOT, prefixes, field
 * qualifiers), facet values chosen, superseded versions or not, order and page. Built with
 * {@link #builder()}; text is trimmed and capped, page and size kept in range.
 */
public final class SearchRequest implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 500;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 10;
    /** Deep pages cost a top-N collection of page × size hits; nobody reads page 500 of a search. */
    public static final int MAX_PAGE = 100;

    private final String text;
    private final String type;
    private final String theme;
    private final String mission;
    private final String language;
    private final Integer year;
    private final String status;
    private final boolean includeSuperseded;
    private final SearchSort sort;
    private final int page;
    private final int pageSize;
    private final Locale locale;

    private SearchRequest(Builder b) {
        this.text = b.text == null ? "" : cap(b.text.strip());
        this.type = blankToNull(b.type);
        this.theme = blankToNull(b.theme);
        this.mission = blankToNull(b.mission);
        this.language = blankToNull(b.language);
        this.year = b.year;
        this.status = blankToNull(b.status);
        this.includeSuperseded = b.includeSuperseded;
        this.sort = b.sort == null ? SearchSort.RELEVANCE : b.sort;
        this.page = Math.max(0, Math.min(b.page, MAX_PAGE));
        this.pageSize = b.pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(b.pageSize, MAX_PAGE_SIZE);
        this.locale = b.locale == null ? Locale.ENGLISH : b.locale;
    }

    private static String cap(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String text() {
        return text;
    }

    public String type() {
        return type;
    }

    public String theme() {
        return theme;
    }

    public String mission() {
        return mission;
    }

    public String language() {
        return language;
    }

    public Integer year() {
        return year;
    }

    public String status() {
        return status;
    }

    public boolean includeSuperseded() {
        return includeSuperseded;
    }

    public SearchSort sort() {
        return sort;
    }

    public int page() {
        return page;
    }

    public int pageSize() {
        return pageSize;
    }

    public Locale locale() {
        return locale;
    }

    /** The same request for other words (a spelling correction keeps the reader's facets). */
    public SearchRequest withText(String other) {
        return toBuilder().text(other).page(0).build();
    }

    public Builder toBuilder() {
        return builder().text(text).type(type).theme(theme).mission(mission).language(language).year(year)
                .status(status).includeSuperseded(includeSuperseded).sort(sort).page(page).pageSize(pageSize)
                .locale(locale);
    }

    /** Collects the parts of a request; {@link #build()} normalises them. */
    public static final class Builder {
        private String text;
        private String type;
        private String theme;
        private String mission;
        private String language;
        private Integer year;
        private String status;
        private boolean includeSuperseded;
        private SearchSort sort;
        private int page;
        private int pageSize;
        private Locale locale;

        private Builder() {
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder type(String value) {
            type = value;
            return this;
        }

        public Builder theme(String value) {
            theme = value;
            return this;
        }

        public Builder mission(String value) {
            mission = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder year(Integer value) {
            year = value;
            return this;
        }

        public Builder status(String value) {
            status = value;
            return this;
        }

        public Builder includeSuperseded(boolean value) {
            includeSuperseded = value;
            return this;
        }

        public Builder sort(SearchSort value) {
            sort = value;
            return this;
        }

        public Builder page(int value) {
            page = value;
            return this;
        }

        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(this);
        }
    }
}
