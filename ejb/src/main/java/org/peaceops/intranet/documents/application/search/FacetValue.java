package org.peaceops.intranet.documents.application.search;

import java.io.Serializable;

/** One value of a facet (a type code, a theme code, a year...) and how many permitted hits carry it. */
public final class FacetValue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;
    private final long count;

    public FacetValue(String value, long count) {
        this.value = value;
        this.count = count;
    }

    public String getValue() {
        return value;
    }

    public long getCount() {
        return count;
    }

    @Override
    public String toString() {
        return value + "=" + count;
    }
}
