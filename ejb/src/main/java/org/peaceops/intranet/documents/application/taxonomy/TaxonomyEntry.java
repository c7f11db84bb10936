package org.peaceops.intranet.documents.application.taxonomy;

import java.io.Serializable;

/** One line of an administration list: a type or theme with both names, whether it is offered, its order. */
public class TaxonomyEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String nameEn;
    private final String nameFr;
    private final boolean active;
    private final int sortOrder;
    /** Document types only: whether it carries the guidance lifecycle with review dates. */
    private final boolean guidance;

    TaxonomyEntry(String code, String nameEn, String nameFr, boolean active, int sortOrder, boolean guidance) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.active = active;
        this.sortOrder = sortOrder;
        this.guidance = guidance;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isGuidance() {
        return guidance;
    }
}
