package org.peaceops.intranet.training.compliance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The numbers of one dashboard: a count per figure, the trend, and the gap per contributing country. */
public record ComplianceFigures(Map<ComplianceFigure, Long> counts, List<Trend.Point> trend, List<CountryGap> gaps) implements java.io.Serializable {

    /** People of one contributing country who arrived without a verified attestation. */
    public record CountryGap(String country, long people) implements java.io.Serializable {
    }

    public ComplianceFigures {
        counts = Map.copyOf(new EnumMap<>(counts));
        trend = List.copyOf(trend);
        gaps = List.copyOf(gaps);
    }

    public long count(ComplianceFigure figure) {
        return counts.getOrDefault(figure, 0L);
    }

    /**
     * Compliant people as a share of the population, rounded half up to one decimal; an empty scope is
     * reported as 100 % (nobody owes anything), never as a division by zero.
     */
    public BigDecimal percentCompliant() {
        long people = count(ComplianceFigure.PEOPLE);
        if (people == 0) {
            return BigDecimal.valueOf(100).setScale(1);
        }
        return BigDecimal.valueOf(count(ComplianceFigure.COMPLIANT) * 100L)
                .divide(BigDecimal.valueOf(people), 1, RoundingMode.HALF_UP);
    }
}
