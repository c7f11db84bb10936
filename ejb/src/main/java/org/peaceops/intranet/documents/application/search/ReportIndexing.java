package org.peaceops.intranet.documents.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.peaceops.intranet.documents.domain.search.SearchChangeKind;
import org.peaceops.intranet.documents.domain.search.SearchOutbox;
import org.peaceops.intranet.documents.domain.search.SearchOutboxEntry;

/**
 * How the Toolbox tells the search index that a report changed (published, or no longer readable): an
 * outbox entry in the caller's transaction, so the report is indexed exactly when its change commits.
 */
@ApplicationScoped
public class ReportIndexing {

    @Inject
    SearchOutbox outbox;

    Clock clock = Clock.systemUTC();

    protected ReportIndexing() {
        // for CDI
    }

    /** Outside a container (tests of the services that announce changes). */
    public ReportIndexing(SearchOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public void reportChanged(long reportId) {
        outbox.enqueue(SearchOutboxEntry.report(reportId, SearchChangeKind.STATUS_CHANGED, clock.instant()));
    }
}
