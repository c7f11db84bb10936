package org.peaceops.intranet.documents.domain.search;

import java.util.List;

/** Where search changes wait for the indexer. */
public interface SearchOutbox {

    void enqueue(SearchOutboxEntry entry);

    /** The oldest unprocessed entries, oldest first, for the indexer to drain. */
    List<SearchOutboxEntry> pending(int max);
}
