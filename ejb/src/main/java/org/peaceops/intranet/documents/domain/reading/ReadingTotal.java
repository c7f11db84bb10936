package org.peaceops.intranet.documents.domain.reading;

/** A document's views and downloads added up over a period, every mission together. */
public record ReadingTotal(long documentId, long views, long downloads) {

    /** Views and downloads together: what "most read" ranks by (a download is a reading too). */
    public long reads() {
        return views + downloads;
    }
}
