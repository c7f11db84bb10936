package org.peaceops.intranet.toolbox.application.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * Trend figures of a fixed set of reports, checked by hand: six reports over three months of two
 * missions, one outside the period; every month of the period is a row, an empty one counts zero.
 */
class TrendFiguresTest {

    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);

    private static final List<ReportFact> FIXTURE = List.of(
            new ReportFact(1, "AFTER_ACTION_REVIEW", "UNMISS", SEP, List.of("PLANNING", "GENDER")),
            new ReportFact(2, "AFTER_ACTION_REVIEW", "UNMISS", SEP, List.of("PLANNING")),
            new ReportFact(3, "HANDOVER_NOTE", "UNMISS", OCT, List.of("GENDER", "GENDER")),
            new ReportFact(4, "AFTER_ACTION_REVIEW", "MINUSCA", NOV, List.of("PROTECTION_OF_CIVILIANS", "PLANNING")),
            new ReportFact(5, "END_OF_ASSIGNMENT_REPORT", "MINUSCA", NOV),
            new ReportFact(6, "AFTER_ACTION_REVIEW", "UNMISS", YearMonth.of(2026, 8), List.of("PLANNING")));

    private static final List<Count> TERMS = List.of(new Count("convoy", 3), new Count("flood", 1));

    @Test
    void countsPerMonthAndTypeWithEveryMonthOfThePeriod() {
        TrendReport report = TrendFigures.of(new TrendQuery(SEP, DEC, null, null), FIXTURE, TERMS);

        assertThat(report.total()).isEqualTo(5);
        assertThat(report.months()).containsExactly(SEP, OCT, NOV, DEC);
        assertThat(report.perMonth()).containsExactly(2L, 1L, 2L, 0L);
        assertThat(report.perMonthByType()).containsExactly(
                Map.entry("AFTER_ACTION_REVIEW", List.of(2L, 0L, 1L, 0L)),
                Map.entry("END_OF_ASSIGNMENT_REPORT", List.of(0L, 0L, 1L, 0L)),
                Map.entry("HANDOVER_NOTE", List.of(0L, 1L, 0L, 0L)));
        assertThat(report.byType()).containsExactly(new Count("AFTER_ACTION_REVIEW", 3),
                new Count("END_OF_ASSIGNMENT_REPORT", 1), new Count("HANDOVER_NOTE", 1));
        assertThat(report.byMission()).containsExactly(new Count("UNMISS", 3), new Count("MINUSCA", 2));
        assertThat(report.frequentTerms()).isEqualTo(TERMS);
    }

    @Test
    void aReportCountsOnceUnderEachOfItsThemesAndOneWithoutThemesUnderNone() {
        TrendReport report = TrendFigures.of(new TrendQuery(SEP, DEC, null, null), FIXTURE, TERMS);

        // five reports, six theme counts: report 1 and 4 have two themes, 5 none, 3 names one theme twice
        assertThat(report.byTheme()).containsExactly(new Count("PLANNING", 3), new Count("GENDER", 2),
                new Count("PROTECTION_OF_CIVILIANS", 1));

        TrendReport minusca = TrendFigures.of(new TrendQuery(SEP, NOV, "MINUSCA", null), FIXTURE, List.of());
        assertThat(minusca.byTheme()).containsExactly(new Count("PLANNING", 1), new Count("PROTECTION_OF_CIVILIANS", 1));
    }

    @Test
    void aMissionOrATypeNarrowsEveryFigure() {
        TrendReport minusca = TrendFigures.of(new TrendQuery(SEP, NOV, "MINUSCA", null), FIXTURE, List.of());
        assertThat(minusca.total()).isEqualTo(2);
        assertThat(minusca.perMonth()).containsExactly(0L, 0L, 2L);
        assertThat(minusca.byMission()).containsExactly(new Count("MINUSCA", 2));

        TrendReport reviews = TrendFigures.of(new TrendQuery(YearMonth.of(2026, 8), NOV, null, "AFTER_ACTION_REVIEW"),
                FIXTURE, List.of());
        assertThat(reviews.total()).isEqualTo(4);
        assertThat(reviews.perMonthByType()).containsOnlyKeys("AFTER_ACTION_REVIEW");
        assertThat(reviews.byMission()).containsExactly(new Count("UNMISS", 3), new Count("MINUSCA", 1));
    }

    @Test
    void aPeriodRunsForwardsAndAtMostFiveYears() {
        assertThatThrownBy(() -> new TrendQuery(NOV, SEP, null, null)).isInstanceOf(RuleBroken.class)
                .extracting("key").isEqualTo("toolbox.trends.period");
        assertThatThrownBy(() -> new TrendQuery(SEP, SEP.plusMonths(60), null, null)).isInstanceOf(RuleBroken.class);
        assertThat(new TrendQuery(SEP, SEP.plusMonths(59), "", " ").months()).isEqualTo(60);
        assertThat(new TrendQuery(SEP, SEP.plusMonths(59), "", " ").mission()).isNull();
        assertThat(TrendQuery.lastYear(DEC).from()).isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void theCsvHasOneSectionPerTableAndDefusesFormulas() throws Exception {
        TrendReport report = TrendFigures.of(new TrendQuery(SEP, OCT, null, null), FIXTURE,
                List.of(new Count("=cmd", 2), new Count("convoy", 1)));
        StringWriter csv = new StringWriter();
        TrendCsv.write(report, key -> "[" + key + "]", type -> type.equals("HANDOVER_NOTE") ? "Handover, note" : type, csv);

        assertThat(csv.toString().split("\r\n", -1)).containsExactly(
                "[perMonth]",
                "[month],AFTER_ACTION_REVIEW,\"Handover, note\",[total]",
                "2026-09,2,0,2",
                "2026-10,0,1,1",
                "",
                "[byType]",
                "[type],[reports]",
                "AFTER_ACTION_REVIEW,2",
                "\"Handover, note\",1",
                "",
                "[byMission]",
                "[mission],[reports]",
                "UNMISS,3",
                "",
                "[byTheme]",
                "[theme],[reports]",
                "GENDER,2",
                "PLANNING,2",
                "",
                "[terms]",
                "[term],[reports]",
                "'=cmd,2",
                "convoy,1",
                "");
    }
}
