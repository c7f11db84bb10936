package org.peaceops.intranet.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The node remembers since when headquarters does not answer, and forgets it when it answers again. */
class HeadquartersLinkTest {

    private final AtomicBoolean up = new AtomicBoolean(true);
    private final List<String> asked = new ArrayList<>();
    private final HeadquartersProbe probe = url -> {
        asked.add(url);
        return up.get();
    };
    private Instant now = Instant.parse("2026-12-07T22:41:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void theFirstFailedProbeIsWhenTheLinkWasLostUntilHeadquartersAnswersAgain() {
        HeadquartersLink link = HeadquartersLink.of(MissionNode.of("https://hq.example.org/intranet"), probe, clock);

        assertThat(link.probeNow()).isTrue();
        assertThat(link.unreachableSince()).isEmpty();

        up.set(false);
        assertThat(link.probeNow()).isFalse();
        Instant lost = now;
        now = now.plusSeconds(15);
        link.probeNow();
        assertThat(link.unreachableSince()).as("still the first failure's moment").contains(lost);

        up.set(true);
        assertThat(link.probeNow()).isTrue();
        assertThat(link.unreachableSince()).isEmpty();
        assertThat(asked).containsOnly("https://hq.example.org/intranet");
    }

    @Test
    void headquartersNeverProbesAndIsNeverCutOff() {
        up.set(false);
        HeadquartersLink link = HeadquartersLink.of(MissionNode.of(null), probe, clock);

        link.probeNow();

        assertThat(asked).isEmpty();
        assertThat(link.unreachableSince()).isEmpty();
    }
}
