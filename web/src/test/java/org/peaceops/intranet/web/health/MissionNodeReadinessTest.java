package org.peaceops.intranet.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.replica.NodeFilesProgress;
import org.peaceops.intranet.documents.application.replica.NodeLedger;
import org.peaceops.intranet.platform.application.LearningForwardingSlot;

/** What the node's readiness check says (its status is UP in every case: ready means "serves reads"). */
class MissionNodeReadinessTest {

    private static final Optional<NodeLedger.SubscriptionLag> IN_STEP =
            Optional.of(new NodeLedger.SubscriptionLag(Optional.of(0L), 0, 0, Optional.of(Instant.now())));

    private static Optional<NodeFilesProgress.Snapshot> files(long missing, boolean diskFull, String problem) {
        return Optional.of(new NodeFilesProgress.Snapshot(missing, missing * 1000, 5, 5000, 0, diskFull, Optional.ofNullable(problem), Instant.now()));
    }

    private static Map<String, Object> node(Optional<NodeLedger.SubscriptionLag> lag, Optional<NodeFilesProgress.Snapshot> files) {
        return MissionNodeReadiness.report(true, lag, files, Optional.empty());
    }

    private static Map<String, Object> nodeWithLearning(LearningForwardingSlot.Slot slot) {
        return MissionNodeReadiness.report(true, IN_STEP, files(0, false, null), Optional.of(slot));
    }

    @Test
    void headquartersReportsOnlyItsRole() {
        assertThat(MissionNodeReadiness.report(false, IN_STEP, files(3, true, null),
                Optional.of(new LearningForwardingSlot.Slot("intranet_learning_unmiss", true, Optional.of(0L)))))
                .containsExactly(Map.entry("role", "headquarters"));
    }

    @Test
    void aNodeWithEverythingIsInStep() {
        Map<String, Object> data = node(IN_STEP, files(0, false, null));
        assertThat(data).containsEntry("state", "in-step").containsEntry("filesMissing", 0L).containsEntry("replicationLagSeconds", 0L)
                .containsEntry("diskFull", false);
    }

    @Test
    void missingFilesAFullDiskOrACutLinkEachSayWhereTheNodeStands() {
        assertThat(node(IN_STEP, files(3, false, null))).containsEntry("state", "catching-up").containsEntry("filesMissing", 3L);
        assertThat(node(IN_STEP, files(3, true, null))).containsEntry("state", "disk-full").containsEntry("diskFull", true);
        assertThat(node(IN_STEP, files(3, false, "headquarters unreachable: java.net.ConnectException: http://hq:8080")))
                .containsEntry("state", "headquarters-unreachable")
                .containsEntry("filesProblem", "headquarters-unreachable");   // no address, no exception text
        assertThat(node(IN_STEP, files(0, false, "headquarters refused this node's credential (401)")))
                .containsEntry("filesProblem", "credential-refused");
    }

    @Test
    void replicationLagIsReportedAndMakesTheNodeCatchUp() {
        Map<String, Object> applying = node(Optional.of(new NodeLedger.SubscriptionLag(Optional.of(40L), 12_000, 0, Optional.of(Instant.now()))),
                files(0, false, null));
        assertThat(applying).containsEntry("state", "catching-up").containsEntry("replicationLagSeconds", 40L)
                .containsEntry("replicationPendingBytes", 12_000L);

        // Nothing pending but headquarters silent past its keepalives: cut off, for that long at least.
        Map<String, Object> silent = node(Optional.of(new NodeLedger.SubscriptionLag(Optional.of(300L), 0, 0, Optional.of(Instant.now()))),
                files(0, false, null));
        assertThat(silent).containsEntry("state", "headquarters-unreachable").containsEntry("replicationLagSeconds", 300L);

        Map<String, Object> copying = node(Optional.of(new NodeLedger.SubscriptionLag(Optional.empty(), 0, 4, Optional.empty())),
                files(0, false, null));
        assertThat(copying).containsEntry("state", "catching-up").containsEntry("replicationTablesCopying", 4L)
                .doesNotContainKey("replicationLagSeconds");
    }

    @Test
    void aNodeNotSubscribedNorCountedYetIsCatchingUp() {
        assertThat(node(Optional.empty(), Optional.empty())).containsEntry("state", "catching-up")
                .containsEntry("replication", "not subscribed").containsEntry("filesMissing", "not counted yet");
    }

    @Test
    void learningWaitingForHeadquartersIsReportedWithoutChangingTheState() {
        assertThat(nodeWithLearning(new LearningForwardingSlot.Slot("intranet_learning_unmiss", true, Optional.of(0L))))
                .containsEntry("learningSlot", "intranet_learning_unmiss").containsEntry("learningSlotActive", true)
                .containsEntry("learningPendingBytes", 0L).containsEntry("state", "in-step");

        // Headquarters disconnected, the node's completions kept in its WAL for it: still ready, still in step
        // for reading.
        assertThat(nodeWithLearning(new LearningForwardingSlot.Slot("intranet_learning_unmiss", false, Optional.of(48_112L))))
                .containsEntry("learningSlotActive", false).containsEntry("learningPendingBytes", 48_112L)
                .containsEntry("state", "in-step");

        assertThat(nodeWithLearning(new LearningForwardingSlot.Slot("intranet_learning_unmiss", false, Optional.empty())))
                .containsEntry("learningSlot", "intranet_learning_unmiss").doesNotContainKey("learningPendingBytes");
    }

    @Test
    void withoutALearningSlotItsFieldsAreAbsent() {
        assertThat(node(IN_STEP, files(0, false, null))).doesNotContainKeys("learningSlot", "learningSlotActive", "learningPendingBytes")
                .containsEntry("state", "in-step");
    }
}
