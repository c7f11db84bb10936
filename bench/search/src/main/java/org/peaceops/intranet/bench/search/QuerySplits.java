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

    private record Sample(String box, long nanos, SearchPhases phases) {
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    void add(String box, long nanos, SearchPhases phases) {
        samples.add(new Sample(box, nanos, phases));
    }

    /** The {@code n} slowest runs, slowest first, each with its split. */
    List<String> slowest(int n) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-34s %8s ", "query (slowest runs)", "ms") + header());
        samples.stream().sorted(Comparator.comparingLong(Sample::nanos).reversed()).limit(n)
                .forEach(s -> lines.add(row(s.box(), s.nanos(), s.phases().totalHits(), split(List.of(s)))));
        return lines;
    }

    /** Per query: median and slowest run, and the mean split of its runs. */
    List<String> perQuery() {
        Map<String, List<Sample>> byBox = new TreeMap<>();
        samples.forEach(s -> byBox.computeIfAbsent(s.box(), b -> new ArrayList<>()).add(s));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-34s %8s %8s %8s ", "query (mean split of its runs)", "p50", "max", "mean")
                + header());
        byBox.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Sample>> e) -> mean(e.getValue())).reversed())
                .forEach(e -> {
                    long[] sorted = e.getValue().stream().mapToLong(Sample::nanos).sorted().toArray();
                    long[] split = split(e.getValue());
                    long mean = (long) mean(e.getValue());
                    lines.add(String.format("%-34s %8.2f %8.2f %8.2f ", clip(e.getKey()), sorted[sorted.length / 2] / 1e6,
                            sorted[sorted.length - 1] / 1e6, mean / 1e6)
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

    private static String row(String box, long nanos, long hits, long[] split) {
        return String.format("%-34s %8.2f ", clip(box), nanos / 1e6) + cells(split, nanos, hits);
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
