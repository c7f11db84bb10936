package org.peaceops.intranet.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DueDateRuleTest {

    private static final ZoneId JUBA = ZoneId.of("Africa/Juba");
    private static final LocalDate ARRIVAL = LocalDate.of(2026, 11, 1);

    @Test
    void anAbsoluteDateIsTheSameForEveryone() {
        DueDateRule rule = DueDateRule.on(LocalDate.of(2026, 12, 31));
        assertThat(rule.dueDate(Optional.empty(), Optional.empty())).contains(LocalDate.of(2026, 12, 31));
    }

    @Test
    void withinThirtyDaysOfArrival() {
        DueDateRule rule = DueDateRule.daysAfterArrival(30);
        assertThat(rule.dueDate(Optional.of(ARRIVAL), Optional.empty())).contains(LocalDate.of(2026, 12, 1));
    }

    @Test
    void someoneNotYetArrivedHasNoInductionDeadlineAndIsNeverOverdue() {
        Optional<LocalDate> due = DueDateRule.daysAfterArrival(30).dueDate(Optional.empty(), Optional.empty());
        assertThat(due).isEmpty();
        assertThat(DueDateRule.isOverdue(due, Instant.parse("2030-01-01T00:00:00Z"), JUBA)).isFalse();
    }

    @Test
    void beforeTheDeploymentDate() {
        DueDateRule rule = DueDateRule.daysBeforeDeployment(14);
        assertThat(rule.dueDate(Optional.empty(), Optional.of(LocalDate.of(2027, 2, 15))))
                .contains(LocalDate.of(2027, 2, 1));
    }

    @Test
    void overdueOnlyOnceTheDueDayHasEndedWhereThePersonServes() {
        Optional<LocalDate> due = Optional.of(LocalDate.of(2026, 12, 1));
        // 22:30 UTC on the 1st is already 00:30 on the 2nd in Juba (UTC+2): overdue there, not in UTC.
        Instant lateEvening = Instant.parse("2026-12-01T22:30:00Z");
        assertThat(DueDateRule.isOverdue(due, lateEvening, JUBA)).isTrue();
        assertThat(DueDateRule.isOverdue(due, lateEvening, ZoneId.of("UTC"))).isFalse();
        assertThat(DueDateRule.isOverdue(due, Instant.parse("2026-12-01T10:00:00Z"), JUBA)).isFalse();
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> DueDateRule.daysAfterArrival(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
