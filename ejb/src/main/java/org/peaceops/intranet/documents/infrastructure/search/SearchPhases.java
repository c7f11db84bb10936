package org.peaceops.intranet.documents.infrastructure.search;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where the time of one search went, phase by phase, so a slow query can be explained instead of
 * guessed at (the search benchmark prints the slowest ones with this split). Each phase is measured
 * from the end of the previous one; one instance per search, not thread-safe.
 */
public final class SearchPhases {

    /** The phases of a search, in the order they run. */
    public enum Phase {
        /** The search box's text read into a query (analysis included). */
        PARSE,
        /** The reader's access filter and the chosen facets, as a per-segment set of documents. */
        ACCESS_FILTER,
        /** The query run over the index: matches found, scored, the top hits kept, every match collected. */
        SEARCH,
        /** Facet values counted over every match. */
        FACETS,
        /** The shown fields of the page's hits read from the stored fields. */
        STORED_FIELDS,
        /** Titles and passages highlighted. */
        SNIPPETS,
        /** "Did you mean" corrections tried (only when few documents were found). */
        SPELLING
    }

    private final long[] nanos = new long[Phase.values().length];
    private long last = System.nanoTime();
    private long totalHits;

    /** Starts the clock again, e.g. when the phases do not start at construction. */
    void restart() {
        last = System.nanoTime();
    }

    /** Ends a phase: the time since the previous mark is counted for it. */
    void end(Phase phase) {
        long now = System.nanoTime();
        nanos[phase.ordinal()] += now - last;
        last = now;
    }

    void totalHits(long total) {
        totalHits = total;
    }

    public long nanos(Phase phase) {
        return nanos[phase.ordinal()];
    }

    public long totalNanos() {
        long sum = 0;
        for (long n : nanos) {
            sum += n;
        }
        return sum;
    }

    /** How many documents the search found (every match the reader may open, not only the page). */
    public long totalHits() {
        return totalHits;
    }

    public Map<Phase, Long> asMap() {
        Map<Phase, Long> map = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            map.put(p, nanos[p.ordinal()]);
        }
        return map;
    }
}
