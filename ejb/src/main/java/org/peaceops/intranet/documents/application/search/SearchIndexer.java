package org.peaceops.intranet.documents.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.peaceops.intranet.documents.application.ExtractedTexts;
import org.peaceops.intranet.documents.domain.guidance.GuidanceDocumentRepository;
import org.peaceops.intranet.documents.domain.search.SearchOutbox;

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
    GuidanceIndex index;

    @Inject
    ExtractedTexts texts;

    @Inject
    DownloadCounts downloads;

    @Inject
    SearchableReports reports;

    public int drain(int max) {
        return new OutboxDrain(outbox, this::versionsOf, reports::published, index, Clock.systemUTC()).drainOnce(max);
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

    public long documentCount() {
        return source.documentCount();
    }

    public long lastProcessedOutboxId() {
        return source.lastProcessedOutboxId();
    }

    /** True when some node took in outbox entries this index has not seen (restored from an old copy). */
    public boolean indexBehind() {
        return source.lastProcessedOutboxId() > OutboxDrain.mark(index.committedState());
    }

    private List<IndexedVersion> versionsOf(long documentId) {
        return documents.find(documentId).map(d -> IndexedVersions.of(d, texts, downloads)).orElse(List.of());
    }
}
