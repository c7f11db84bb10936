package org.peaceops.intranet.training.compliance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A monthly series ending with the reference day's month; months with nothing recorded count zero. */
public final class Trend {

    /** How many months a dashboard's trend covers. */
    public static final int MONTHS = 24;

    /** One month of the trend. */
    public record Point(YearMonth month, long count) implements java.io.Serializable {
    }

    private Trend() {
    }

    /** The first month of the trend that ends in the reference day's month. */
    public static YearMonth firstMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(MONTHS - 1L);
    }

    /** The series over every month of the window, from the counts the database found. */
    public static List<Point> of(LocalDate today, Map<YearMonth, Long> counts) {
        List<Point> points = new ArrayList<>(MONTHS);
        YearMonth month = firstMonth(today);
        for (int i = 0; i < MONTHS; i++, month = month.plusMonths(1)) {
            points.add(new Point(month, counts.getOrDefault(month, 0L)));
        }
        return points;
    }
}
