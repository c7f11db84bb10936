package org.peaceops.intranet.bench.search;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Query latencies of one run and what they add up to. */
final class Latencies {

    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    private long wallNanos;
    private String loadBefore = "?";
    private String loadAfter = "?";

    void add(long value) {
        nanos.add(value);
    }

    void wall(long value) {
        wallNanos = value;
    }

    void loadBefore(String load) {
        loadBefore = load;
    }

    void loadAfter(String load) {
        loadAfter = load;
    }

    String line(String label) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return String.format("%-34s no queries", label);
        }
        return String.format("%-34s n=%6d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  %8.1f queries/s  load %s -> %s",
                label, sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                sorted.length / (wallNanos / 1e9), loadBefore, loadAfter);
    }

    double p95Millis() {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : ms(percentile(sorted, 95));
    }

    double qps() {
        return nanos.size() / (wallNanos / 1e9);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long value) {
        return value / 1e6;
    }

    static String sizes(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }

    static long[] copy(long[] a) {
        return Arrays.copyOf(a, a.length);
    }
}
