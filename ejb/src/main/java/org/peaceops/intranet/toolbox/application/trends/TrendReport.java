package org.peaceops.intranet.toolbox.application.trends;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The figures of a trend report, counting only published reports the reader may open: how many per
 * month for each report type (the chart over time), totals by type and by mission, most used first,
 * the words the reports use most (English and French stop words left out), and totals by theme code: a
 * report with two themes counts once under each, one without a theme under none.
 */
public record TrendReport(TrendQuery query, List<YearMonth> months, Map<String, List<Long>> perMonthByType,
        List<Long> perMonth, List<Count> byType, List<Count> byMission, List<Count> frequentTerms, long total,
        List<Count> byTheme) {

    public TrendReport {
        months = List.copyOf(months);
        Map<String, List<Long>> ordered = new java.util.LinkedHashMap<>();
        perMonthByType.forEach((type, series) -> ordered.put(type, List.copyOf(series)));
        perMonthByType = java.util.Collections.unmodifiableMap(ordered);
        perMonth = List.copyOf(perMonth);
        byType = List.copyOf(byType);
        byMission = List.copyOf(byMission);
        frequentTerms = List.copyOf(frequentTerms);
        byTheme = List.copyOf(byTheme);
    }

    /** Without counts by theme, as before reports carried themes. */
    public TrendReport(TrendQuery query, List<YearMonth> months, Map<String, List<Long>> perMonthByType,
            List<Long> perMonth, List<Count> byType, List<Count> byMission, List<Count> frequentTerms, long total) {
        this(query, months, perMonthByType, perMonth, byType, byMission, frequentTerms, total, List.of());
    }
}
