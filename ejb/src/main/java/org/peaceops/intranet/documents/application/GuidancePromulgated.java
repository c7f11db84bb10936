package org.peaceops.intranet.documents.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * CDI event: a version of a guidance document is now in force. The training context observes it to
 * mark courses citing the previous version out of date (DOMAIN.md, Training). Identifiers only.
 */
public class GuidancePromulgated implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long documentId;
    private final int versionNumber;
    private final Integer supersededVersionNumber;
    private final LocalDate effectiveDate;

    public GuidancePromulgated(long documentId, int versionNumber, Integer supersededVersionNumber, LocalDate effectiveDate) {
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.supersededVersionNumber = supersededVersionNumber;
        this.effectiveDate = effectiveDate;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    /** The version this one replaced, or {@code null} for a first promulgation. */
    public Integer getSupersededVersionNumber() {
        return supersededVersionNumber;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }
}
