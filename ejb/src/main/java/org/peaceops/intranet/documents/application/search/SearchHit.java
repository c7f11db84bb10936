package org.peaceops.intranet.documents.application.search;

import java.io.Serializable;

/**
 * One result: the version (or Toolbox report) found, its catalogue facts, and HTML fragments for title and snippet in which
 * the reader's text is escaped and only {@code <mark>} tags surround the words that matched.
 */
public final class SearchHit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long documentId;
    private final int versionNumber;
    private final String titleHtml;
    private final String snippetHtml;
    private final String referenceNumber;
    private final String typeCode;
    private final String missionCode;
    private final String classification;
    private final String status;
    private final String effectiveDate;
    private final long downloads;
    private final boolean report;

    public SearchHit(long documentId, int versionNumber, String titleHtml, String snippetHtml, String referenceNumber,
            String typeCode, String missionCode, String classification, String status, String effectiveDate,
            long downloads, boolean report) {
        this.documentId = documentId;
        this.versionNumber = versionNumber;
        this.titleHtml = titleHtml;
        this.snippetHtml = snippetHtml;
        this.referenceNumber = referenceNumber;
        this.typeCode = typeCode;
        this.missionCode = missionCode;
        this.classification = classification;
        this.status = status;
        this.effectiveDate = effectiveDate;
        this.downloads = downloads;
        this.report = report;
    }

    /** The guidance document's id, or the Toolbox report's when {@link #isReport()}. */
    public long getDocumentId() {
        return documentId;
    }

    /** A published Toolbox report (opened on its report page), not guidance. */
    public boolean isReport() {
        return report;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    /** Escaped title, with {@code <mark>} around matched words. */
    public String getTitleHtml() {
        return titleHtml;
    }

    /** Escaped passage of the body or summary, with {@code <mark>} around matched words; may be empty. */
    public String getSnippetHtml() {
        return snippetHtml;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public String getClassification() {
        return classification;
    }

    public String getStatus() {
        return status;
    }

    /** ISO date the version took effect; empty when it never was in force. */
    public String getEffectiveDate() {
        return effectiveDate;
    }

    public long getDownloads() {
        return downloads;
    }
}
