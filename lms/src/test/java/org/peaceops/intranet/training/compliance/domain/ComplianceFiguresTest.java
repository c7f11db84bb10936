package org.peaceops.intranet.training.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplianceFiguresTest {

    private static ComplianceFigures figures(long people, long compliant) {
        return new ComplianceFigures(Map.of(ComplianceFigure.PEOPLE, people, ComplianceFigure.COMPLIANT, compliant),
                List.of(), List.of());
    }

    @Test
    void theShareCompliantIsRoundedHalfUpToOneDecimal() {
        assertThat(figures(3, 2).percentCompliant()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(figures(8, 1).percentCompliant()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(figures(110_000, 109_999).percentCompliant()).isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(figures(7, 0).percentCompliant()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void anEmptyScopeIsFullyCompliantRatherThanADivisionByZero() {
        assertThat(figures(0, 0).percentCompliant()).isEqualByComparingTo(new BigDecimal("100"));
    }

    @Test
    void aFigureNotCountedReadsZero() {
        assertThat(figures(3, 2).count(ComplianceFigure.OVERDUE)).isZero();
    }

    @Test
    void theTrendCoversTwentyFourMonthsEndingWithTheReferenceMonthAndFillsEmptyMonthsWithZero() {
        List<Trend.Point> trend = Trend.of(LocalDate.of(2026, 12, 7), Map.of(YearMonth.of(2025, 1), 4L,
                YearMonth.of(2026, 12), 9L, YearMonth.of(2024, 12), 100L));

        assertThat(trend).hasSize(24);
        assertThat(trend.get(0)).isEqualTo(new Trend.Point(YearMonth.of(2025, 1), 4));
        assertThat(trend.get(23)).isEqualTo(new Trend.Point(YearMonth.of(2026, 12), 9));
        assertThat(trend.get(1).count()).isZero();
        assertThat(trend).extracting(Trend.Point::count).doesNotContain(100L);
    }

    @Test
    void expiryWindowsEndThatManyDaysAfterTheReferenceDay() {
        ComplianceCriteria c = new ComplianceCriteria(ComplianceFigure.EXPIRING_60, List.of(), null, null,
                LocalDate.of(2026, 12, 7), null, null);

        assertThat(c.expiryLimit()).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(c.of(ComplianceFigure.EXPIRING_30).expiryLimit()).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void aTrendPointNeedsItsMonthAndAnotherFigureKeepsTheScope() {
        ComplianceCriteria c = new ComplianceCriteria(ComplianceFigure.PEOPLE, List.of("UNMISS"), "UNMISS", "police",
                LocalDate.of(2026, 12, 7), null, null);

        assertThatThrownBy(() -> c.of(ComplianceFigure.COMPLETED_IN_MONTH)).isInstanceOf(IllegalArgumentException.class);
        ComplianceCriteria point = c.inMonth(YearMonth.of(2026, 3));
        assertThat(point.visibleMissions()).containsExactly("UNMISS");
        assertThat(point.category()).isEqualTo("police");
        assertThat(point.month()).isEqualTo(YearMonth.of(2026, 3));
    }
}
