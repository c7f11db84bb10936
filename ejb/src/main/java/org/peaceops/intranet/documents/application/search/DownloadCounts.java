package org.peaceops.intranet.documents.application.search;

/**
 * How many times a document's files were downloaded, for the "most downloaded" order of search
 * results. The download counts themselves belong to the downloads feature; until it publishes them this
 * seam answers 0 for every document (see {@code NoDownloadCountsYet}), so that order falls back to
 * relevance without breaking.
 */
public interface DownloadCounts {

    /** Downloads of every version of the document so far; 0 when unknown. */
    long of(long documentId);
}
