package org.peaceops.intranet.toolbox.application.trends;

import java.time.YearMonth;
import java.util.Objects;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;

/**
 * Which published reports a trend report counts: those published in the months {@code from} to
 * {@code to} (both included), optionally of one mission and of one report type.
 */
public record TrendQuery(YearMonth from, YearMonth to, String mission, String typeCode) {

    /** Five years of months: more would make charts nobody reads, and queries nobody needs. */
    public static final int MAX_MONTHS = 60;

    public TrendQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw new ToolboxRuleException("toolbox.trends.period",
                    "Choose a period of 1 to " + MAX_MONTHS + " months, the first month not after the last", MAX_MONTHS);
        }
        mission = blankToNull(mission);
        typeCode = blankToNull(typeCode);
    }

    /** The twelve months up to and including {@code month}, every mission and type. */
    public static TrendQuery lastYear(YearMonth month) {
        return new TrendQuery(month.minusMonths(11), month, null, null);
    }

    public int months() {
        return (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
