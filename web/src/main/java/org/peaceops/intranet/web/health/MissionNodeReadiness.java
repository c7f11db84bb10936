package org.peaceops.intranet.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.peaceops.intranet.documents.application.replica.NodeFilesProgress;
import org.peaceops.intranet.documents.application.replica.NodeLedger;
import org.peaceops.intranet.platform.application.LearningForwardingSlot;
import org.peaceops.intranet.platform.application.MissionNode;

/**
 * On a mission node, how far its copy of headquarters is behind: the replication lag (seconds, bytes
 * received but not yet applied, tables still in their first copy: the node's own subscription
 * statistics), the files still missing, and a full disk. Ready means "serves reads": a node behind, cut
 * off from headquarters or out of disk space serves what it holds, so it stays UP and says where it stands
 * in {@code state} ({@code in-step}, {@code catching-up}, {@code headquarters-unreachable}, {@code disk-full}).
 * The other way round, the learning made here waits in the node's slot for headquarters' subscription:
 * {@code learningSlot}, {@code learningSlotActive} (headquarters connected) and {@code learningPendingBytes}
 * (not confirmed by headquarters yet), absent where there is no slot (H2, or before it is made); learning
 * waiting never changes the state, since reads do not depend on it.
 * Figures only, nothing about the data; on headquarters the check reports its role and nothing else.
 */
@Readiness
@ApplicationScoped
public class MissionNodeReadiness implements HealthCheck {

    @Inject
    MissionNode node;

    @Inject
    NodeLedger ledger;

    @Inject
    NodeFilesProgress files;

    @Inject
    LearningForwardingSlot learning;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("mission-node").up();
        boolean isNode = node.isNode();
        report(isNode, isNode ? ledger.subscription() : Optional.empty(), files.last(),
                isNode ? learning.current() : Optional.empty()).forEach((key, value) -> {
            if (value instanceof Long n) {
                answer.withData(key, n);
            } else if (value instanceof Boolean b) {
                answer.withData(key, b);
            } else {
                answer.withData(key, String.valueOf(value));
            }
        });
        return answer.build();
    }

    /** The check's data (its status is always UP); apart from the health API, so the tests need no provider of it. */
    static Map<String, Object> report(boolean isNode, Optional<NodeLedger.SubscriptionLag> lag, Optional<NodeFilesProgress.Snapshot> last,
            Optional<LearningForwardingSlot.Slot> learningSlot) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (!isNode) {
            data.put("role", "headquarters");
            return data;
        }
        data.put("role", "node");
        boolean behind = false;
        boolean unreachable = false;
        if (lag.isEmpty()) {
            data.put("replication", "not subscribed");
            behind = true;
        } else {
            NodeLedger.SubscriptionLag l = lag.get();
            l.secondsBehind().ifPresent(s -> data.put("replicationLagSeconds", s));
            data.put("replicationPendingBytes", l.bytesPending());
            data.put("replicationTablesCopying", (long) l.tablesCopying());
            l.lastMessageAt().ifPresent(at -> data.put("headquartersLastHeard", at.toString()));
            behind = l.tablesCopying() > 0 || l.bytesPending() > 0 || l.secondsBehind().isEmpty();
            unreachable = l.secondsBehind().orElse(0L) > 0 && l.bytesPending() == 0 && l.tablesCopying() == 0;
        }
        boolean diskFull = false;
        if (last.isEmpty()) {
            data.put("filesMissing", "not counted yet");
            behind = true;
        } else {
            NodeFilesProgress.Snapshot s = last.get();
            data.put("filesMissing", s.missingFiles());
            data.put("filesMissingBytes", s.missingBytes());
            data.put("filesReceived", s.receivedFiles());
            data.put("filesReceivedBytes", s.receivedBytes());
            data.put("filesTampered", s.tampered());
            data.put("diskFull", s.diskFull());
            // A short word: the details (addresses, exceptions) are in the node's log, not for anyone asking.
            s.problem().ifPresent(p -> data.put("filesProblem", p.startsWith("headquarters unreachable")
                    ? "headquarters-unreachable" : p.contains("credential") ? "credential-refused" : "see-log"));
            diskFull = s.diskFull();
            behind |= s.missingFiles() > 0;
            unreachable |= s.problem().filter(p -> p.startsWith("headquarters unreachable")).isPresent();
        }
        learningSlot.ifPresent(slot -> {
            data.put("learningSlot", slot.name());
            data.put("learningSlotActive", slot.active());
            slot.pendingBytes().ifPresent(bytes -> data.put("learningPendingBytes", bytes));
        });
        data.put("state", diskFull ? "disk-full" : unreachable ? "headquarters-unreachable" : behind ? "catching-up" : "in-step");
        return data;
    }
}
