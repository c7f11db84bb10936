package org.peaceops.intranet.documents.application.search;

import java.util.List;

/** What the indexer reads from the database besides documents: ids to rebuild by, the outbox mark. */
public interface SearchSource {

    /** Ids of documents after {@code afterId}, in id order, at most {@code max}. */
    List<Long> documentIdsAfter(long afterId, int max);

    long documentCount();

    /** The newest outbox entry there is; -1 when none. A rebuild reading documents after this covers it. */
    long newestOutboxId();
}
