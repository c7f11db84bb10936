package org.peaceops.intranet.documents.application.reading;

import java.io.Serializable;
import java.util.Locale;
import org.peaceops.intranet.shared.BilingualText;

/** One line of the "most read" list: a document the reader may open, and how much it was read. */
public record MostReadDocument(long documentId, BilingualText titles, String typeCode, String referenceNumber, long views,
        long downloads) implements Serializable {

    public long getDocumentId() {
        return documentId;
    }

    /** The English title, else the French one (else empty): the same for every reader. */
    public String getTitle() {
        return titleIn(Locale.ENGLISH);
    }

    /** The title in the reader's language, or in the other one when it has none. */
    public String titleIn(Locale reader) {
        String shown = titles.in(reader);
        return shown == null ? "" : shown;
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
