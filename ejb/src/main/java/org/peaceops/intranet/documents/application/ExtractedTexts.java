package org.peaceops.intranet.documents.application;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * The plain text Apache Tika extracted from a file, keyed by the file's SHA-256 (the same bytes always
 * give the same text). Written by the ingest pipeline; read by the search indexer, the text view of
 * non-PDF documents and the version diff. Empty while extraction is pending, failed, or gave no text.
 */
public interface ExtractedTexts {

    /** Opens the extracted text of the file with this content hash; the caller closes the reader. */
    Optional<Reader> open(String contentSha256) throws IOException;
}
