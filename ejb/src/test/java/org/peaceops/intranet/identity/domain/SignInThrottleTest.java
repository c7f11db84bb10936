package org.peaceops.intranet.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Five wrong passwords in fifteen minutes pause that account, not anyone else's. */
class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    private void fail(String account, String address, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address, at.plusSeconds(i));
        }
    }

    @Test
    void fiveFailuresWithinFifteenMinutesPauseTheAccountForFifteenMinutes() {
        fail("reader2", "10.0.0.7", 4, T0);
        assertThat(throttle.pausedUntil("reader2", "10.0.0.7", T0.plusSeconds(10))).as("four are typos").isEmpty();
        throttle.failed("reader2", "10.0.0.7", T0.plusSeconds(20));

        assertThat(throttle.pausedUntil("reader2", "10.0.0.7", T0.plusSeconds(21))).contains(T0.plusSeconds(20)
                .plus(SignInThrottle.PAUSE));
        assertThat(throttle.pausedUntil("READER2 ", "10.9.9.9", T0.plusSeconds(21))).as("from anywhere, any case")
                .isPresent();
        assertThat(throttle.pausedUntil("reader2", "10.0.0.7", T0.plusSeconds(20).plus(SignInThrottle.PAUSE)))
                .as("over after the pause").isEmpty();
    }

    @Test
    void anotherAccountIsNotPausedByThoseFailuresEvenFromTheSameAddress() {
        fail("reader2", "10.0.0.7", 5, T0);
        assertThat(throttle.pausedUntil("approver", "10.0.0.7", T0.plusSeconds(30))).isEmpty();
    }

    @Test
    void failuresFurtherApartThanTheWindowNeverAddUp() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("reader2", "10.0.0.7", T0.plus(Duration.ofMinutes(4L * i)));
        }
        assertThat(throttle.pausedUntil("reader2", "10.0.0.7", T0.plus(Duration.ofMinutes(37)))).isEmpty();
    }

    @Test
    void theRightPasswordForgivesTheAccountsEarlierFailures() {
        fail("reader2", "10.0.0.7", 4, T0);
        throttle.succeeded("reader2");
        throttle.failed("reader2", "10.0.0.7", T0.plusSeconds(30));
        assertThat(throttle.pausedUntil("reader2", "10.0.0.7", T0.plusSeconds(31))).isEmpty();
    }

    @Test
    void anAddressTryingManyAccountsIsPausedAfterTwentyFailures() {
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES - 1; i++) {
            throttle.failed("user" + i, "203.0.113.5", T0.plusSeconds(i));
        }
        assertThat(throttle.pausedUntil("someone", "203.0.113.5", T0.plusSeconds(60))).isEmpty();
        throttle.failed("user-last", "203.0.113.5", T0.plusSeconds(61));

        assertThat(throttle.pausedUntil("someone", "203.0.113.5", T0.plusSeconds(62))).isPresent();
        assertThat(throttle.pausedUntil("someone", "198.51.100.1", T0.plusSeconds(62))).as("other addresses")
                .isEmpty();
    }

    @Test
    void aFloodOfMadeUpNamesStaysWithinTheBound() throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_TRACKED + 500; i++) {
            throttle.failed("made-up-" + i, "203.0.113." + (i % 200), T0);
        }
        var field = SignInThrottle.class.getDeclaredField("tallies");
        field.setAccessible(true);
        assertThat(((java.util.Map<?, ?>) field.get(throttle)).size()).isLessThanOrEqualTo(SignInThrottle.MAX_TRACKED);
    }
}
