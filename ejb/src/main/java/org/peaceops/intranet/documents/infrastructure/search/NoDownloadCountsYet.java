package org.peaceops.intranet.documents.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.peaceops.intranet.documents.application.search.DownloadCounts;

/**
 * Placeholder: download counts are not kept in this branch, so every document counts 0 and "most
 * downloaded" orders by relevance. Replaced by the downloads feature's counts when it merges.
 */
@ApplicationScoped
public class NoDownloadCountsYet implements DownloadCounts {

    @Override
    public long of(long documentId) {
        return 0;
    }
}
