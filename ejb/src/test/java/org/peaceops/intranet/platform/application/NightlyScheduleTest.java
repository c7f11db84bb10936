package org.peaceops.intranet.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class NightlyScheduleTest {

    @Test
    void blankMeansTheQuietHourOfHeadquarters() {
        for (String blank : new String[] {null, "", "  "}) {
            ScheduleExpression at = NightlySchedule.of(blank);
            assertThat(at.getHour()).isEqualTo("2");
            assertThat(at.getMinute()).isEqualTo("15");
        }
    }

    @Test
    void aTimeOfDayIsThatHourAndMinute() {
        ScheduleExpression at = NightlySchedule.of(" 23:05 ");
        assertThat(at.getHour()).isEqualTo("23");
        assertThat(at.getMinute()).isEqualTo("5");
        assertThat(NightlySchedule.of("7:30").getHour()).isEqualTo("7");
    }

    @Test
    void everyMinuteFiresAtEachMinuteOfEachHour() {
        ScheduleExpression at = NightlySchedule.of("every-minute");
        assertThat(at.getHour()).isEqualTo("*");
        assertThat(at.getMinute()).isEqualTo("*");
    }

    @Test
    void anythingElseIsRefusedWithTheKeyAndWhatIsExpected() {
        for (String wrong : new String[] {"24:00", "2:60", "02.15", "nightly", "*"}) {
            assertThatThrownBy(() -> NightlySchedule.of(wrong))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("intranet.jobs.nightly-at")
                    .hasMessageContaining("HH:MM");
        }
    }
}
