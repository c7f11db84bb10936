package org.peaceops.intranet.documents.application.search;

import java.util.Locale;

/** The dimensions results are counted by; each maps to a request parameter of the same name. */
public enum SearchFacet {
    TYPE, THEME, MISSION, LANGUAGE, YEAR, STATUS;

    /** The name used in URLs, JSON and the index: {@code type}, {@code theme}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
