package org.peaceops.intranet.documents.application.search;

/**
 * How many times a document's files were downloaded, for the "most downloaded" order of search
 * results: the reading counters' downloads (see {@code JpaReadingCounts}), taken when the document is
 * indexed.
 */
public interface DownloadCounts {

    /** Downloads of every version of the document so far; 0 when unknown. */
    long of(long documentId);
}
