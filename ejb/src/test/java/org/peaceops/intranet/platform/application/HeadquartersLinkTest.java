package org.peaceops.intranet.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node remembers since when headquarters does not answer, across a restart too (a file of its data
 * directory), and forgets it when headquarters answers again.
 */
class HeadquartersLinkTest {

    private static final MissionNode NODE = MissionNode.of("https://hq.example.org/intranet");

    @TempDir
    Path dataDirectory;

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

    private HeadquartersLink link() {
        return HeadquartersLink.of(NODE, probe, clock, dataDirectory);
    }

    private Path record() {
        return dataDirectory.resolve(LinkLossRecord.FILE_NAME);
    }

    @Test
    void theFirstFailedProbeIsWhenTheLinkWasLostUntilHeadquartersAnswersAgain() {
        HeadquartersLink link = link();

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
    void aNodeRestartedDuringTheOutageStillSaysSinceWhenUntilHeadquartersAnswers() {
        up.set(false);
        link().probeNow();
        Instant lost = now;
        assertThat(record()).as("kept in the data directory").exists();

        now = now.plusSeconds(3600);   // restarted an hour later, before any probe
        HeadquartersLink restarted = link();
        assertThat(restarted.unreachableSince()).as("the outage's moment, not the restart's").contains(lost);
        restarted.probeNow();
        assertThat(restarted.unreachableSince()).as("a failed probe keeps it").contains(lost);

        up.set(true);
        restarted.probeNow();
        assertThat(restarted.unreachableSince()).isEmpty();
        assertThat(record()).as("forgotten once headquarters answered").doesNotExist();
        assertThat(link().unreachableSince()).as("so the next start shows no banner").isEmpty();
    }

    @Test
    void aRecordHoldingNoMomentIsDroppedAndTheNextFailureStartsAgain() throws Exception {
        Files.writeString(record(), "half a wri", StandardCharsets.UTF_8);

        HeadquartersLink link = link();
        assertThat(link.unreachableSince()).isEmpty();
        assertThat(record()).doesNotExist();

        up.set(false);
        link.probeNow();
        assertThat(link().unreachableSince()).contains(now);
    }

    @Test
    void aRecordThatCannotBeWrittenCostsOnlyTheMemoryAcrossARestart() throws Exception {
        Path notADirectory = Files.writeString(dataDirectory.resolve("a-file"), "x");
        HeadquartersLink link = HeadquartersLink.of(NODE, probe, clock, notADirectory);

        up.set(false);
        assertThat(link.probeNow()).isFalse();
        assertThat(link.unreachableSince()).contains(now);
    }

    @Test
    void headquartersNeverProbesAndIsNeverCutOff() throws Exception {
        Files.writeString(record(), "2026-12-07T20:00:00Z\n", StandardCharsets.UTF_8);
        up.set(false);
        HeadquartersLink link = HeadquartersLink.of(MissionNode.of(null), probe, clock, dataDirectory);

        link.probeNow();

        assertThat(asked).isEmpty();
        assertThat(link.unreachableSince()).isEmpty();
    }
}
