package org.peaceops.intranet.documents.application.search;

import java.io.Serializable;

/** A title offered as the reader types, with the document it opens. */
public final class TitleSuggestion implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long documentId;
    private final String title;
    private final boolean report;

    public TitleSuggestion(long documentId, String title) {
        this(documentId, title, false);
    }

    public TitleSuggestion(long documentId, String title, boolean report) {
        this.documentId = documentId;
        this.title = title;
        this.report = report;
    }

    /** The guidance document's id, or the Toolbox report's when {@link #isReport()}. */
    public long getDocumentId() {
        return documentId;
    }

    public boolean isReport() {
        return report;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}
