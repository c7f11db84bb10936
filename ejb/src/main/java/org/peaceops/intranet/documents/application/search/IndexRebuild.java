package org.peaceops.intranet.documents.application.search;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-indexes every document, then every published Toolbox report, batch by batch in id order, committing after each batch so searches see
 * the index fill up and a crash loses at most a batch (the index stays marked incomplete until the end
 * and is rebuilt at the next start). Documents the database no longer has are removed at the end.
 * Progress is published after every batch for the administration page.
 */
public final class IndexRebuild {

    public static final int BATCH = 200;

    /** Indexes the documents with ids after {@code afterId}, at most {@code max}; returns their ids. */
    public interface Batches {
        List<Long> indexAfter(long afterId, int max);

        long count();

        /** The newest outbox entry already processed when the rebuild starts; -1 when none. */
        long outboxMark();

        /** Indexes the published reports with ids after {@code afterId}, at most {@code max}; returns their ids. */
        default List<Long> reportsAfter(long afterId, int max) {
            return List.of();
        }
    }

    private final Clock clock;
    private volatile RebuildProgress last = RebuildProgress.idle();
    private volatile boolean running;
    private volatile long done;
    private volatile long total;
    private volatile Instant startedAt;

    public IndexRebuild(Clock clock) {
        this.clock = clock;
    }

    public RebuildProgress progress() {
        return running ? new RebuildProgress(true, done, Math.max(total, done), startedAt, null, clock.instant()) : last;
    }

    public boolean isRunning() {
        return running;
    }

    public void run(Batches batches, GuidanceIndex index) {
        running = true;
        done = 0;
        startedAt = clock.instant();
        boolean finished = false;
        try {
            total = batches.count();
            // Taken before reading any document: every entry processed up to here is older than what we read.
            long outboxMark = batches.outboxMark();
            Set<Long> seen = new HashSet<>();
            long after = -1;
            List<Long> ids;
            while (!(ids = batches.indexAfter(after, BATCH)).isEmpty()) {
                seen.addAll(ids);
                done += ids.size();
                after = ids.get(ids.size() - 1);
                index.commit(Map.of());
            }
            index.retainOnly(seen);
            Set<Long> reports = new HashSet<>();
            long afterReport = -1;
            while (!(ids = batches.reportsAfter(afterReport, BATCH)).isEmpty()) {
                reports.addAll(ids);
                afterReport = ids.get(ids.size() - 1);
                index.commit(Map.of());
            }
            index.retainOnlyReports(reports);
            long mark = Math.max(outboxMark, OutboxDrain.mark(index.committedState()));
            index.commit(Map.of(GuidanceIndex.STATE_COMPLETE, "true", OutboxDrain.STATE_OUTBOX, String.valueOf(mark)));
            finished = true;
        } finally {
            Instant end = clock.instant();
            last = new RebuildProgress(false, done, finished ? done : total, startedAt, finished ? end : null, end);
            running = false;
        }
    }
}
