package org.peaceops.intranet.documents.application.search;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a full re-index stands: documents done of the total, since when, and an estimate of the time
 * left from the rate so far. Immutable snapshots, so a page can poll it while the indexer advances.
 */
public final class RebuildProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean running;
    private final long done;
    private final long total;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final Instant now;

    public RebuildProgress(boolean running, long done, long total, Instant startedAt, Instant finishedAt, Instant now) {
        this.running = running;
        this.done = done;
        this.total = total;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.now = now;
    }

    public static RebuildProgress idle() {
        return new RebuildProgress(false, 0, 0, null, null, Instant.now());
    }

    public boolean isRunning() {
        return running;
    }

    public long getDone() {
        return done;
    }

    public long getTotal() {
        return total;
    }

    /** 0..100; 100 when nothing was to do. */
    public int getPercent() {
        return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** Time left at the rate so far; empty before the first document is done. */
    public Optional<Duration> remaining() {
        if (!running || startedAt == null || done <= 0 || total <= 0) {
            return Optional.empty();
        }
        long elapsed = Duration.between(startedAt, now).toMillis();
        return Optional.of(Duration.ofMillis(elapsed * (total - done) / done));
    }
}
