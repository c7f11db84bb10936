package org.peaceops.intranet.documents.application.reading;

import java.io.Serializable;

/** One line of the "most read" list: a document the reader may open, and how much it was read. */
public record MostReadDocument(long documentId, String title, String typeCode, String referenceNumber, long views,
        long downloads) implements Serializable {

    public long getDocumentId() {
        return documentId;
    }

    public String getTitle() {
        return title;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public long getViews() {
        return views;
    }

    public long getDownloads() {
        return downloads;
    }
}
