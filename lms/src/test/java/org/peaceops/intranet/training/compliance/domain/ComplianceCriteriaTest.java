package org.peaceops.intranet.training.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which missions are on another day than the reference day at the instant of a reading. */
class ComplianceCriteriaTest {

    private static ComplianceCriteria at(String instant, LocalDate today) {
        return new ComplianceCriteria(ComplianceFigure.OVERDUE, List.of(), null, null, today, null, null,
                Instant.parse(instant));
    }

    @Test
    void lateInTheUtcDayMissionsEastOfUtcAreOnTheNextDay() {
        var days = at("2026-12-07T22:30:00Z", LocalDate.of(2026, 12, 7)).missionsOnAnotherDay();
        assertThat(days).containsOnlyKeys(LocalDate.of(2026, 12, 8));
        assertThat(days.get(LocalDate.of(2026, 12, 8))).contains("UNMISS", "UNIFIL", "UNMOGIP")
                .doesNotContain("HQ", "MINURSO");
    }

    @Test
    void earlyInTheUtcDayHeadquartersIsStillOnThePreviousDay() {
        var days = at("2026-12-08T02:00:00Z", LocalDate.of(2026, 12, 8)).missionsOnAnotherDay();
        assertThat(days).containsOnlyKeys(LocalDate.of(2026, 12, 7));
        assertThat(days.get(LocalDate.of(2026, 12, 7))).containsExactly("HQ");
    }

    @Test
    void withoutAnInstantOrAtNoonEveryMissionIsOnTheReferenceDay() {
        assertThat(at("2026-12-07T12:00:00Z", LocalDate.of(2026, 12, 7)).missionsOnAnotherDay()).isEmpty();
        assertThat(new ComplianceCriteria(ComplianceFigure.OVERDUE, List.of(), null, null, LocalDate.of(2026, 12, 7),
                null, null).missionsOnAnotherDay()).isEmpty();
        assertThat(at("2026-12-07T22:30:00Z", LocalDate.of(2026, 12, 7)).of(ComplianceFigure.PEOPLE).at())
                .as("kept by the derived criteria").isEqualTo(Instant.parse("2026-12-07T22:30:00Z"));
    }
}
