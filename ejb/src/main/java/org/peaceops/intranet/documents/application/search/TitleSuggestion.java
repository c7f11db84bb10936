package org.peaceops.intranet.documents.application.search;

import java.io.Serializable;

/** A title offered as the reader types, with the document it opens. */
public final class TitleSuggestion implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long documentId;
    private final String title;

    public TitleSuggestion(long documentId, String title) {
        this.documentId = documentId;
        this.title = title;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}
