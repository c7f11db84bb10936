package org.peaceops.intranet.documents.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.peaceops.intranet.documents.application.search.GuidanceIndex;
import org.peaceops.intranet.platform.application.DataDirectory;

/**
 * The node's one index, under {@code <data dir>/search-index}, opened on first use and closed (writer
 * lock released) when the application stops, so a redeployment can open it again.
 */
@ApplicationScoped
public class SearchIndexProducer {

    static final String DIRECTORY = "search-index";

    @Inject
    DataDirectory data;

    @Produces
    @ApplicationScoped
    GuidanceIndex index() {
        return LuceneSearchIndex.open(data.resolve(DIRECTORY));
    }

    void close(@Disposes GuidanceIndex index) {
        if (index instanceof LuceneSearchIndex lucene) {
            lucene.close();
        }
    }
}
