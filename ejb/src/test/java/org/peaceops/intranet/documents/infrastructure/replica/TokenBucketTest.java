package org.peaceops.intranet.documents.infrastructure.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    /** A clock that moves only when the bucket makes its caller wait. */
    private final AtomicLong now = new AtomicLong();
    private final TokenBucket bucket = new TokenBucket(64_000, now::get, now::addAndGet);

    @Test
    void the_default_cap_of_512_kilobits_is_64000_bytes_a_second() {
        assertThat(TokenBucket.ofKilobitsPerSecond(512).bytesPerSecond()).isEqualTo(64_000);
    }

    @Test
    void sending_ten_seconds_worth_takes_ten_seconds() throws InterruptedException {
        for (int i = 0; i < 80; i++) {
            bucket.acquire(8_000);
        }

        assertThat(now.get()).isBetween(9_900_000_000L, 10_100_000_000L);
    }

    @Test
    void a_long_pause_never_buys_more_than_one_seconds_burst() throws InterruptedException {
        now.addAndGet(3_600_000_000_000L);   // an hour idle
        long before = now.get();

        for (int i = 0; i < 16; i++) {
            bucket.acquire(8_000);   // two seconds' worth
        }

        assertThat(now.get() - before).as("waited").isBetween(900_000_000L, 1_100_000_000L);
    }

    @Test
    void a_cap_of_nothing_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenBucket(0, now::get, now::addAndGet));
    }
}
