package org.peaceops.intranet.documents.application.search;

import java.util.List;
import java.util.Optional;

/**
 * The published Toolbox reports as the index takes them, read from the Toolbox (which implements this)
 * so that the documents context never depends on it: the outbox names a report, the indexer asks here.
 */
public interface SearchableReports {

    /** The report as indexed while it is published; empty when it is not (the index then drops it). */
    Optional<IndexedVersion> published(long reportId);

    /** Ids of published reports after {@code afterId}, in id order, at most {@code max}: for a full re-index. */
    List<Long> publishedIdsAfter(long afterId, int max);
}
