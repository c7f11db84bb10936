package org.peaceops.intranet.documents.domain.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingFiguresTest {

    private static MonthlyReading reading(String mission, String month, long views, long downloads) {
        return new MonthlyReading(7, mission, YearMonth.parse(month), views, downloads);
    }

    @Test
    void addsUpTheMissionsOfEachMonthNewestMonthFirst() {
        ReadingFigures figures = ReadingFigures.of(List.of(
                reading("UNMISS", "2026-11", 4, 1),
                reading("MINUSCA", "2026-12", 1, 0),
                reading("UNMISS", "2026-12", 3, 2),
                reading("HQ", "2026-10", 0, 1)));

        assertThat(figures.getViews()).isEqualTo(8);
        assertThat(figures.getDownloads()).isEqualTo(4);
        assertThat(figures.getMonths()).extracting(ReadingFigures.Month::getMonth)
                .containsExactly("2026-12", "2026-11", "2026-10");
        ReadingFigures.Month december = figures.getMonths().get(0);
        assertThat(december.getViews()).isEqualTo(4);
        assertThat(december.getDownloads()).isEqualTo(2);
        assertThat(december.getMissions()).extracting(MonthlyReading::getMissionCode)
                .as("the mission that reads most comes first").containsExactly("UNMISS", "MINUSCA");
    }

    @Test
    void noCountersMeanNothingRead() {
        ReadingFigures figures = ReadingFigures.of(List.of());
        assertThat(figures.isEmpty()).isTrue();
        assertThat(figures.getViews() + figures.getDownloads()).isZero();
    }

    @Test
    void aTotalRanksByViewsAndDownloadsTogether() {
        assertThat(new ReadingTotal(1, 3, 2).reads()).isEqualTo(5);
        assertThatThrownBy(() -> reading("HQ", "2026-12", -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
