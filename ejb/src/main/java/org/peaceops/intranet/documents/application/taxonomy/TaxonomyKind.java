package org.peaceops.intranet.documents.application.taxonomy;

/** The two managed lists; the name is also the audit trail's target type. */
public enum TaxonomyKind {
    DOCUMENT_TYPE, THEMATIC_AREA
}
