package org.peaceops.intranet.toolbox.application.trends;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts reports into a {@link TrendReport}: every month of the period appears, with zero when nothing
 * was published (a gap is a trend too); totals are ordered by count, then by name, so the same reports
 * always give the same report.
 */
public final class TrendFigures {

    private TrendFigures() {
    }

    /** Reports outside the query's period, mission or type are left out here, whatever the caller passed. */
    public static TrendReport of(TrendQuery query, Collection<ReportFact> reports, List<Count> frequentTerms) {
        List<ReportFact> counted = reports.stream().filter(r -> within(query, r)).toList();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = query.from(); !m.isAfter(query.to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<String, List<Long>> byTypeAndMonth = new TreeMap<>();
        for (ReportFact r : counted) {
            List<Long> series = byTypeAndMonth.computeIfAbsent(r.typeCode(),
                    t -> new ArrayList<>(java.util.Collections.nCopies(months.size(), 0L)));
            int i = months.indexOf(r.published());
            series.set(i, series.get(i) + 1);
        }
        List<Long> perMonth = months.stream()
                .map(m -> counted.stream().filter(r -> r.published().equals(m)).count()).toList();
        return new TrendReport(query, months, new LinkedHashMap<>(byTypeAndMonth), perMonth,
                totals(counted, ReportFact::typeCode), totals(counted, ReportFact::mission), frequentTerms, counted.size(),
                byTheme(counted));
    }

    /** Whether the report is in the query's period and, when chosen, its mission and type. */
    public static boolean within(TrendQuery query, ReportFact r) {
        return !r.published().isBefore(query.from()) && !r.published().isAfter(query.to())
                && (query.mission() == null || query.mission().equals(r.mission()))
                && (query.typeCode() == null || query.typeCode().equals(r.typeCode()));
    }

    /** Each report once under each of its themes: the sum may exceed the number of reports. */
    static List<Count> byTheme(List<ReportFact> reports) {
        return reports.stream().flatMap(r -> r.themes().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value)).toList();
    }

    private static List<Count> totals(List<ReportFact> reports, Function<ReportFact, String> key) {
        return reports.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value)).toList();
    }
}
