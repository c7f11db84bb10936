package org.peaceops.intranet.training.compliance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Which rows a figure counts: the figure, the missions the reader may see (empty: every mission), the
 * mission and category chosen in the filters, the reference day, and for a trend point its month, for the
 * gap report a country. The figure's count and its drill-down list are both read from one of these, never
 * from two separately written queries.
 *
 * @param visibleMissions missions the reader manages; empty means every mission
 * @param mission         one mission chosen in the filters, or null
 * @param category        one personnel category code, or null
 * @param month           the month of a {@link ComplianceFigure#COMPLETED_IN_MONTH} point, else null
 * @param country         one contributing country of the gap report, or null; {@link #NO_COUNTRY} for none known
 */
public record ComplianceCriteria(ComplianceFigure figure, List<String> visibleMissions, String mission, String category,
        LocalDate today, YearMonth month, String country) {

    /** How the gap report names people of no known contributing country. */
    public static final String NO_COUNTRY = "-";

    public ComplianceCriteria {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(today, "today");
        visibleMissions = List.copyOf(visibleMissions);
        if (figure == ComplianceFigure.COMPLETED_IN_MONTH && month == null) {
            throw new IllegalArgumentException("A trend point needs its month");
        }
    }

    /** The same scope and day, for another figure. */
    public ComplianceCriteria of(ComplianceFigure other) {
        return new ComplianceCriteria(other, visibleMissions, mission, category, today,
                other == ComplianceFigure.COMPLETED_IN_MONTH ? month : null, country);
    }

    /** The same scope and day, for one month of the trend. */
    public ComplianceCriteria inMonth(YearMonth m) {
        return new ComplianceCriteria(ComplianceFigure.COMPLETED_IN_MONTH, visibleMissions, mission, category, today,
                m, country);
    }

    /** The same scope, for the gap report of one country. */
    public ComplianceCriteria ofCountry(String c) {
        return new ComplianceCriteria(ComplianceFigure.ARRIVED_WITHOUT_ATTESTATION, visibleMissions, mission, category,
                today, null, c);
    }

    /** The last day an expiry figure reaches (inclusive). */
    public LocalDate expiryLimit() {
        return today.plusDays(figure.days());
    }
}
