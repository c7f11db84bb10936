package org.peaceops.intranet.documents.domain.reading;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A document's reading counters summed up for its page: totals over the period, and per month (newest
 * first) with each mission's share, so that a Best Practices Officer sees where a document is read.
 */
public final class ReadingFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One month: all missions together, and the missions ranked by reads. */
    public record Month(String month, long views, long downloads, List<MonthlyReading> missions) implements Serializable {
        public String getMonth() {
            return month;
        }

        public long getViews() {
            return views;
        }

        public long getDownloads() {
            return downloads;
        }

        public List<MonthlyReading> getMissions() {
            return missions;
        }
    }

    private final long views;
    private final long downloads;
    private final List<Month> months;

    private ReadingFigures(long views, long downloads, List<Month> months) {
        this.views = views;
        this.downloads = downloads;
        this.months = months;
    }

    public static ReadingFigures of(List<MonthlyReading> counters) {
        Map<String, List<MonthlyReading>> byMonth = counters.stream()
                .collect(Collectors.groupingBy(MonthlyReading::getMonth, () -> new TreeMap<>(Comparator.reverseOrder()),
                        Collectors.toList()));
        List<Month> months = byMonth.entrySet().stream().map(e -> new Month(e.getKey(),
                e.getValue().stream().mapToLong(MonthlyReading::views).sum(),
                e.getValue().stream().mapToLong(MonthlyReading::downloads).sum(),
                e.getValue().stream().sorted(Comparator.comparingLong((MonthlyReading r) -> r.views() + r.downloads())
                        .reversed().thenComparing(MonthlyReading::missionCode)).toList())).toList();
        return new ReadingFigures(counters.stream().mapToLong(MonthlyReading::views).sum(),
                counters.stream().mapToLong(MonthlyReading::downloads).sum(), months);
    }

    public long getViews() {
        return views;
    }

    public long getDownloads() {
        return downloads;
    }

    public List<Month> getMonths() {
        return months;
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }

    /** For pages: EL reserves the word "empty". */
    public boolean isAnyReading() {
        return !months.isEmpty();
    }
}
