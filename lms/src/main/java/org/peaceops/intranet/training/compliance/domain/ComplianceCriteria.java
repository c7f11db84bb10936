package org.peaceops.intranet.training.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import org.peaceops.intranet.training.domain.MissionTimeZones;

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
 * @param at              the instant of the reading, whose day in each mission decides what is overdue there;
 *                        null: {@code today} everywhere
 */
public record ComplianceCriteria(ComplianceFigure figure, List<String> visibleMissions, String mission, String category,
        LocalDate today, YearMonth month, String country, Instant at) {

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

    /** Criteria read on one reference day everywhere (no instant). */
    public ComplianceCriteria(ComplianceFigure figure, List<String> visibleMissions, String mission, String category,
            LocalDate today, YearMonth month, String country) {
        this(figure, visibleMissions, mission, category, today, month, country, null);
    }

    /** The same scope and day, for another figure. */
    public ComplianceCriteria of(ComplianceFigure other) {
        return new ComplianceCriteria(other, visibleMissions, mission, category, today,
                other == ComplianceFigure.COMPLETED_IN_MONTH ? month : null, country, at);
    }

    /** The same scope and day, for one month of the trend. */
    public ComplianceCriteria inMonth(YearMonth m) {
        return new ComplianceCriteria(ComplianceFigure.COMPLETED_IN_MONTH, visibleMissions, mission, category, today,
                m, country, at);
    }

    /** The same scope, for the gap report of one country. */
    public ComplianceCriteria ofCountry(String c) {
        return new ComplianceCriteria(ComplianceFigure.ARRIVED_WITHOUT_ATTESTATION, visibleMissions, mission, category,
                today, null, c, at);
    }

    /**
     * Missions whose day at the reading's instant is not {@code today} (ahead of or behind UTC), by that
     * day: a due date falls due in the day where the person serves ({@link MissionTimeZones}). Empty
     * without an instant, and whenever every mission is on the reference day.
     */
    public Map<LocalDate, List<String>> missionsOnAnotherDay() {
        Map<LocalDate, List<String>> days = new TreeMap<>();
        if (at == null) {
            return days;
        }
        MissionTimeZones.missions().stream().sorted().forEach(m -> {
            LocalDate day = LocalDate.ofInstant(at, MissionTimeZones.of(m));
            if (!day.equals(today)) {
                days.computeIfAbsent(day, d -> new ArrayList<>()).add(m);
            }
        });
        return days;
    }

    /** The last day an expiry figure reaches (inclusive). */
    public LocalDate expiryLimit() {
        return today.plusDays(figure.days());
    }
}
