package org.peaceops.intranet.documents.application;

import java.io.Serializable;

/** A thematic area as filter lists and forms show it. */
public class ThemeSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;

    public ThemeSummary(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
