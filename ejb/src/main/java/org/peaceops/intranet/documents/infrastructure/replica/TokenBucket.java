package org.peaceops.intranet.documents.infrastructure.replica;

import java.util.function.LongSupplier;

/**
 * The bandwidth cap of a mission node's downloads from headquarters ({@code intranet.node.bandwidth-kbps},
 * 512 kbit/s by default): a token bucket refilled at the cap, holding at most one second of it, so a burst
 * after a pause never exceeds one second's worth. Shared by every download of the node (thread-safe).
 */
public final class TokenBucket {

    /** How a caller waits; the tests replace it to run without real time passing. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final long bytesPerSecond;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private double tokens;
    private long refilledAt;

    public static TokenBucket ofKilobitsPerSecond(int kbps) {
        return new TokenBucket(kbps * 1000L / 8, System::nanoTime,
                nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    public TokenBucket(long bytesPerSecond, LongSupplier nanoClock, Sleeper sleeper) {
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("The bandwidth cap must be positive (got " + bytesPerSecond + " bytes/s)");
        }
        this.bytesPerSecond = bytesPerSecond;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.refilledAt = nanoClock.getAsLong();
        this.tokens = 0;
    }

    public long bytesPerSecond() {
        return bytesPerSecond;
    }

    /** Waits until {@code bytes} may be sent (at most one second's worth is asked at a time). */
    public void acquire(int bytes) throws InterruptedException {
        long wanted = Math.min(bytes, bytesPerSecond);
        while (true) {
            long waitNanos;
            synchronized (this) {
                refill();
                if (tokens >= wanted) {
                    tokens -= wanted;
                    return;
                }
                waitNanos = (long) Math.ceil((wanted - tokens) * 1_000_000_000d / bytesPerSecond);
            }
            sleeper.sleepNanos(waitNanos);
        }
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(bytesPerSecond, tokens + (now - refilledAt) * (double) bytesPerSecond / 1_000_000_000d);
        refilledAt = now;
    }
}
