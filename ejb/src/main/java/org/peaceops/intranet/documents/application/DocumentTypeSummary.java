package org.peaceops.intranet.documents.application;

import java.io.Serializable;

/** A document type as other modules and the views see it (no entity leaves the context). */
public class DocumentTypeSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final boolean guidance;

    public DocumentTypeSummary(String code, String name, boolean guidance) {
        this.code = code;
        this.name = name;
        this.guidance = guidance;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isGuidance() {
        return guidance;
    }
}
