package org.peaceops.intranet.documents.infrastructure.tika;

import java.time.Duration;

/**
 * The time one parse is allowed, counted from the moment the parser really starts on the file. In
 * process that is at once; through a child JVM it is when the child first reads the file, so the time
 * spent waiting for a child to be started (one at a time, a cold JVM under load) is not charged to the file.
 */
final class ParseClock {

    private final long limitNanos;
    private volatile long startedNanos;
    private volatile boolean started;

    ParseClock(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    /** Starts the clock; later calls change nothing. Returns whether this call started it. */
    synchronized boolean start() {
        if (started) {
            return false;
        }
        startedNanos = System.nanoTime();
        started = true;
        return true;
    }

    boolean started() {
        return started;
    }

    /** Whether the parse has run for at least the limit less {@code slack}. */
    boolean expired(Duration slack) {
        return started && System.nanoTime() - startedNanos > limitNanos - slack.toNanos();
    }

    boolean expired() {
        return expired(Duration.ZERO);
    }
}
