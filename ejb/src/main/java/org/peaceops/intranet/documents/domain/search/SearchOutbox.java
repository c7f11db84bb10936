package org.peaceops.intranet.documents.domain.search;

import java.util.List;

/** Where search changes wait for the indexer. */
public interface SearchOutbox {

    void enqueue(SearchOutboxEntry entry);

    /**
     * The oldest entries this instance's index has not taken in, oldest first, for its indexer to drain.
     * Each instance keeps its own index, so each takes every entry; an entry committed late (after entries
     * with higher ids) is still found.
     */
    List<SearchOutboxEntry> pending(int max);

    /** Records that this instance's index has committed these entries. */
    void taken(List<SearchOutboxEntry> entries);
}
