package org.peaceops.intranet.training.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.training.domain.DueDateRule;
import org.peaceops.intranet.training.domain.DueDateRule.Kind;

/** What the roster's dialog and the API hand over becomes the due-date rule in one place, or one refusal. */
class DueDateInputTest {

    private static final LocalDate DATE = LocalDate.of(2027, 1, 31);

    @Test
    void aFixedDateNeedsTheDateAndIgnoresTheDays() {
        assertThat(new DueDateInput(Kind.ABSOLUTE, DATE, 30).rule()).isEqualTo(DueDateRule.on(DATE));
        assertIncomplete(new DueDateInput(Kind.ABSOLUTE, null, 30));
    }

    @Test
    void theRelativeKindsNeedANumberOfDaysAndIgnoreTheDate() {
        assertThat(new DueDateInput(Kind.DAYS_AFTER_ARRIVAL, DATE, 30).rule())
                .isEqualTo(DueDateRule.daysAfterArrival(30));
        assertThat(new DueDateInput(Kind.DAYS_BEFORE_DEPLOYMENT, null, 0).rule())
                .isEqualTo(DueDateRule.daysBeforeDeployment(0));
        assertIncomplete(new DueDateInput(Kind.DAYS_AFTER_ARRIVAL, DATE, null));
        assertIncomplete(new DueDateInput(Kind.DAYS_BEFORE_DEPLOYMENT, null, -1));
    }

    @Test
    void noKindIsIncomplete() {
        assertIncomplete(new DueDateInput(null, DATE, 30));
    }

    private static void assertIncomplete(DueDateInput input) {
        assertThatThrownBy(input::rule).isInstanceOf(RuleBroken.class)
                .satisfies(e -> {
                    Refusal refusal = (Refusal) e;
                    assertThat(refusal.key()).isEqualTo("assign.dueInvalid");
                    assertThat(refusal.field()).isEqualTo("dueKind");
                });
    }
}
