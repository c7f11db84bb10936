package org.peaceops.intranet.bench.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.peaceops.intranet.documents.infrastructure.search.SearchPhases;
import org.peaceops.intranet.documents.infrastructure.search.SearchPhases.Phase;

/**
 * Where the time of each Lucene query went: the slowest single runs with their split by phase, and per
 * query its median and slowest run with the mean split, so the tail can be traced to its cause. "other"
 * is what the phases do not cover (acquiring and refreshing the searcher, building the results).
 */
final class QuerySplits {

    private record Sample(String box, long nanos, long cpuNanos, SearchPhases phases) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    void add(String box, long nanos, long cpuNanos, SearchPhases phases) {
        samples.add(new Sample(box, nanos, cpuNanos, phases));
    }

    /** Percentiles of the searching thread's CPU time: what the queries cost, waiting for a core apart. */
    String cpuLine(String label) {
        long[] sorted = samples.stream().mapToLong(Sample::cpuNanos).sorted().toArray();
        if (sorted.length == 0) {
            return String.format("%-34s no queries", label);
        }
        return String.format("%-34s n=%6d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  mean %7.2f ms", label, sorted.length,
                at(sorted, 50) / 1e6, at(sorted, 95) / 1e6, at(sorted, 99) / 1e6,
                java.util.Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    private static long at(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The {@code n} slowest runs, slowest first, each with its split. */
    List<String> slowest(int n) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-34s %8s %8s ", "query (slowest runs)", "ms", "cpu ms") + header());
        samples.stream().sorted(Comparator.comparingLong(Sample::nanos).reversed()).limit(n)
                .forEach(s -> lines.add(String.format("%-34s %8.2f %8.2f ", clip(s.box()), s.nanos() / 1e6,
                        s.cpuNanos() / 1e6) + cells(split(List.of(s)), s.nanos(), s.phases().totalHits())));
        return lines;
    }

    /** Per query: median and slowest run, and the mean split of its runs. */
    List<String> perQuery() {
        Map<String, List<Sample>> byBox = new TreeMap<>();
        samples.forEach(s -> byBox.computeIfAbsent(s.box(), b -> new ArrayList<>()).add(s));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-34s %8s %8s %8s %8s ", "query (mean split of its runs)", "p50", "max", "mean",
                "cpu mean") + header());
        byBox.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Sample>> e) -> mean(e.getValue())).reversed())
                .forEach(e -> {
                    long[] sorted = e.getValue().stream().mapToLong(Sample::nanos).sorted().toArray();
                    long[] split = split(e.getValue());
                    long mean = (long) mean(e.getValue());
                    double cpu = e.getValue().stream().mapToLong(Sample::cpuNanos).average().orElse(0);
                    lines.add(String.format("%-34s %8.2f %8.2f %8.2f %8.2f ", clip(e.getKey()),
                            sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6, mean / 1e6, cpu / 1e6)
                            + cells(split, mean, e.getValue().get(0).phases().totalHits()));
                });
        return lines;
    }

    private static double mean(List<Sample> runs) {
        return runs.stream().mapToLong(Sample::nanos).average().orElse(0);
    }

    /** Mean nanoseconds per phase over these runs. */
    private static long[] split(List<Sample> runs) {
        long[] sum = new long[Phase.values().length];
        for (Sample s : runs) {
            for (Phase p : Phase.values()) {
                sum[p.ordinal()] += s.phases().nanos(p);
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= runs.size();
        }
        return sum;
    }

    /** The split's column names: hits, then one per phase, then what no phase covers. */
    private static String header() {
        StringBuilder out = new StringBuilder(String.format("%8s ", "hits"));
        for (Phase p : Phase.values()) {
            out.append(String.format(" %8s", shortName(p)));
        }
        return out.append(String.format(" %8s", "other")).toString();
    }

    private static String cells(long[] split, long nanos, long hits) {
        StringBuilder out = new StringBuilder(String.format("%8d ", hits));
        long covered = 0;
        for (long n : split) {
            out.append(String.format(" %8.2f", n / 1e6));
            covered += n;
        }
        return out.append(String.format(" %8.2f", Math.max(0, nanos - covered) / 1e6)).toString();
    }

    private static String shortName(Phase p) {
        return switch (p) {
            case PARSE -> "parse";
            case ACCESS_FILTER -> "access";
            case SEARCH -> "search";
            case FACETS -> "facets";
            case STORED_FIELDS -> "stored";
            case SNIPPETS -> "snippets";
            case SPELLING -> "spelling";
        };
    }

    private static String clip(String box) {
        return box.length() <= 34 ? box : box.substring(0, 33) + "…";
    }
}
