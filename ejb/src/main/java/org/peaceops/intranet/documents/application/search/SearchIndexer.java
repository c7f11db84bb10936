package org.peaceops.intranet.documents.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.documents.application.ExtractedTexts;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.search.SearchOutbox;
import org.peaceops.intranet.shared.schedule.JobClaims;

/**
 * The transactional steps of indexing, each in its own transaction: one outbox batch, one rebuild
 * batch (of guidance, or of published Toolbox reports). Called only by {@link SearchIndexMaintenance},
 * one step at a time, so the outbox and a rebuild never write the same document at once.
 */
@Stateless
public class SearchIndexer {

    @Inject
    SearchOutbox outbox;

    @Inject
    GuidanceDocumentRepository documents;

    @Inject
    SearchSource source;

    @Inject
    SearchNodeCursor cursor;

    @Inject
    JobClaims claims;

    /** How long an instance may be away before the others prune entries it has not taken (it rebuilds then). */
    @Inject
    @ConfigProperty(name = "intranet.search.node-retention-days", defaultValue = "7")
    int retentionDays;

    @Inject
    GuidanceIndex index;

    @Inject
    ExtractedTexts texts;

    @Inject
    DownloadCounts downloads;

    @Inject
    SearchableReports reports;

    public int drain(int max) {
        return new OutboxDrain(outbox, this::versionsOf, reports::published, index).drainOnce(max);
    }

    public List<Long> reportsAfter(long afterId, int max) {
        List<Long> ids = reports.publishedIdsAfter(afterId, max);
        for (long id : ids) {
            reports.published(id).ifPresentOrElse(r -> index.replaceReport(id, r), () -> index.deleteReport(id));
        }
        return ids;
    }

    public List<Long> indexAfter(long afterId, int max) {
        List<Long> ids = source.documentIdsAfter(afterId, max);
        for (long id : ids) {
            List<IndexedVersion> versions = versionsOf(id);
            if (versions.isEmpty()) {
                index.delete(id);
            } else {
                index.replace(id, versions);
            }
        }
        return ids;
    }

    /** Indexes these documents again: a mission node received their texts after it had indexed them without. */
    public void indexAgain(java.util.Collection<Long> documentIds) {
        for (long id : documentIds) {
            List<IndexedVersion> versions = versionsOf(id);
            if (versions.isEmpty()) {
                index.delete(id);
            } else {
                index.replace(id, versions);
            }
        }
    }

    public long documentCount() {
        return source.documentCount();
    }

    /**
     * At the start of a rebuild: every outbox entry visible now counts as taken by this instance, since the
     * rebuild reads every document after this commits; entries committed later are drained as usual.
     *
     * @return the newest of those entries, the index's outbox mark once the rebuild is done
     */
    public long coverVisibleEntries() {
        long mark = source.newestOutboxId();
        cursor.coveredUpTo(mark);
        return mark;
    }

    /**
     * True when this index may miss changes: this instance recorded taking entries the index has not
     * (restored from an old copy), or entries it never took were pruned while it was away.
     */
    public boolean indexBehind() {
        return cursor.lastTaken() > OutboxDrain.mark(index.committedState())
                || cursor.mayHaveMissedPrunedEntries(retention());
    }

    /** This instance is alive; and (one instance per five minutes) the entries every live instance has taken go. */
    public int seenAndPrune(boolean prune) {
        cursor.seen();
        if (!prune || !claims.claim("search-outbox-prune", Long.toString(Instant.now().getEpochSecond() / 300))) {
            return 0;
        }
        return cursor.prune(retention());
    }

    /** Outbox entries waiting for this instance's index. */
    public long backlog() {
        return cursor.backlog();
    }

    private Duration retention() {
        return Duration.ofDays(Math.max(1, retentionDays));
    }

    private List<IndexedVersion> versionsOf(long documentId) {
        return documents.find(documentId).map(d -> IndexedVersions.of(d, texts, downloads)).orElse(List.of());
    }
}
