package org.peaceops.intranet.documents.application.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peaceops.intranet.documents.domain.search.SearchEntryKind;
import org.peaceops.intranet.documents.domain.search.SearchOutbox;
import org.peaceops.intranet.documents.domain.search.SearchOutboxEntry;

/**
 * Takes one batch of outbox entries into the index. Each document named is re-read whole and replaced
 * whole (idempotent), read after the entries, so the index gets a state at least as new as every
 * change in the batch; a change committed meanwhile has its own entry, still pending, and comes in the
 * next batch. Entries are recorded as taken (by this instance) only once the index has committed, so a
 * crash in between indexes them again rather than losing them.
 */
public final class OutboxDrain {

    /** The key under which the index remembers the last outbox entry it took in. */
    public static final String STATE_OUTBOX = "outbox";

    /** All versions of a document as they stand now; empty when the document no longer exists. */
    @FunctionalInterface
    public interface CurrentVersions {
        List<IndexedVersion> of(long documentId);
    }

    /** A Toolbox report as the index takes it while published; empty when it is not (or no longer) readable. */
    @FunctionalInterface
    public interface CurrentReport {
        Optional<IndexedVersion> of(long reportId);
    }

    private final SearchOutbox outbox;
    private final CurrentVersions documents;
    private final CurrentReport reports;
    private final GuidanceIndex index;

    public OutboxDrain(SearchOutbox outbox, CurrentVersions documents, GuidanceIndex index) {
        this(outbox, documents, reportId -> Optional.empty(), index);
    }

    public OutboxDrain(SearchOutbox outbox, CurrentVersions documents, CurrentReport reports, GuidanceIndex index) {
        this.outbox = outbox;
        this.documents = documents;
        this.reports = reports;
        this.index = index;
    }

    /** @return how many entries were taken in (fewer than {@code max} means the outbox is empty now) */
    public int drainOnce(int max) {
        List<SearchOutboxEntry> pending = outbox.pending(max);
        if (pending.isEmpty()) {
            return 0;
        }
        Set<Long> ids = new LinkedHashSet<>();
        Set<Long> reportIds = new LinkedHashSet<>();
        pending.forEach(e -> (e.getEntryKind() == SearchEntryKind.REPORT ? reportIds : ids).add(e.getDocumentId()));
        for (long id : reportIds) {
            Optional<IndexedVersion> report = reports.of(id);
            if (report.isPresent()) {
                index.replaceReport(id, report.get());
            } else {
                index.deleteReport(id);
            }
        }
        for (long id : ids) {
            List<IndexedVersion> versions = documents.of(id);
            if (versions.isEmpty()) {
                index.delete(id);
            } else {
                index.replace(id, versions);
            }
        }
        long last = pending.stream().map(SearchOutboxEntry::getId).filter(Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(-1);
        index.commit(last < 0 ? Map.of() : Map.of(STATE_OUTBOX, String.valueOf(
                Math.max(last, mark(index.committedState())))));
        outbox.taken(pending);
        return pending.size();
    }

    /** The last outbox entry an index took in, by its committed state; -1 when unknown. */
    public static long mark(Map<String, String> state) {
        try {
            return Long.parseLong(state.getOrDefault(STATE_OUTBOX, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
