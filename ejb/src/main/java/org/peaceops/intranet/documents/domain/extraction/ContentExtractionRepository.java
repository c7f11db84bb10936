package org.peaceops.intranet.documents.domain.extraction;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where extraction records are kept. */
public interface ContentExtractionRepository {

    Optional<ContentExtraction> find(String contentSha256);

    /** The records of these hashes, by hash (for a page listing several versions). */
    Map<String, ContentExtraction> findAll(Collection<String> contentSha256s);

    void add(ContentExtraction extraction);

    /** Pending extractions, oldest request first: re-queued after a restart. */
    List<ContentExtraction> pending(int max);
}
