package org.peaceops.intranet.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.replica.NodeFilesProgress;
import org.peaceops.intranet.documents.application.replica.NodeLedger;
import org.peaceops.intranet.platform.application.MissionNode;

class MissionNodeReadinessTest {

    private Optional<NodeLedger.SubscriptionLag> lag = Optional.of(new NodeLedger.SubscriptionLag(Optional.of(0L), 0, 0, Optional.of(Instant.now())));

    private HealthCheckResponse check(String headquarters, NodeFilesProgress.Snapshot files) {
        MissionNodeReadiness readiness = new MissionNodeReadiness();
        readiness.node = MissionNode.of(headquarters);
        readiness.ledger = new NodeLedger() {
            @Override
            public void recordTransfer(String peer, long bytes, long files, Instant at) {
            }

            @Override
            public List<NodeContact> contacts() {
                return List.of();
            }

            @Override
            public List<ReplicationSlot> slots() {
                return List.of();
            }

            @Override
            public Optional<SubscriptionLag> subscription() {
                return lag;
            }
        };
        readiness.files = new NodeFilesProgress();
        if (files != null) {
            readiness.files.update(files);
        }
        return readiness.call();
    }

    private static NodeFilesProgress.Snapshot files(long missing, boolean diskFull, String problem) {
        return new NodeFilesProgress.Snapshot(missing, missing * 1000, 5, 5000, 0, diskFull, Optional.ofNullable(problem), Instant.now());
    }

    private static Object data(HealthCheckResponse response, String key) {
        return response.getData().orElseThrow().get(key);
    }

    @Test
    void headquartersReportsOnlyItsRole() {
        HealthCheckResponse response = check(null, null);
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsOnlyKeys("role");
    }

    @Test
    void aNodeWithEverythingIsInStep() {
        HealthCheckResponse response = check("https://hq.example.org/intranet", files(0, false, null));
        assertThat(data(response, "state")).isEqualTo("in-step");
        assertThat(data(response, "filesMissing")).isEqualTo(0L);
        assertThat(data(response, "replicationLagSeconds")).isEqualTo(0L);
    }

    @Test
    void aLaggingCutOffOrFullNodeStaysReadyAndSaysWhereItStands() {
        HealthCheckResponse missing = check("https://hq.example.org/intranet", files(3, false, null));
        assertThat(missing.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(data(missing, "state")).isEqualTo("catching-up");
        assertThat(data(missing, "filesMissing")).isEqualTo(3L);

        HealthCheckResponse full = check("https://hq.example.org/intranet", files(3, true, null));
        assertThat(full.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(data(full, "state")).isEqualTo("disk-full");
        assertThat(data(full, "diskFull")).isEqualTo(true);

        HealthCheckResponse cut = check("https://hq.example.org/intranet", files(3, false, "headquarters unreachable: java.net.ConnectException"));
        assertThat(data(cut, "state")).isEqualTo("headquarters-unreachable");
        assertThat(data(cut, "filesProblem")).isEqualTo("headquarters-unreachable");   // no address, no exception text

        lag = Optional.of(new NodeLedger.SubscriptionLag(Optional.of(40L), 12_000, 0, Optional.of(Instant.now())));
        HealthCheckResponse behind = check("https://hq.example.org/intranet", files(0, false, null));
        assertThat(behind.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(data(behind, "state")).isEqualTo("catching-up");
        assertThat(data(behind, "replicationLagSeconds")).isEqualTo(40L);
    }

    @Test
    void aNodeNotSubscribedYetIsCatchingUp() {
        lag = Optional.empty();
        HealthCheckResponse response = check("https://hq.example.org/intranet", null);
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(data(response, "state")).isEqualTo("catching-up");
        assertThat(data(response, "replication")).isEqualTo("not subscribed");
    }
}
