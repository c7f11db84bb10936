package org.peaceops.intranet.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.peaceops.intranet.documents.application.replica.NodeFilesProgress;
import org.peaceops.intranet.documents.application.replica.NodeLedger;
import org.peaceops.intranet.platform.application.MissionNode;

/**
 * On a mission node, how far its copy of headquarters is behind: the replication lag (seconds, bytes
 * received but not yet applied, tables still in their first copy: the node's own subscription
 * statistics), the files still missing, and a full disk. Ready means "serves reads": a node behind, cut
 * off from headquarters or out of disk space serves what it holds, so it stays UP and says where it stands
 * in {@code state} ({@code in-step}, {@code catching-up}, {@code headquarters-unreachable}, {@code disk-full}).
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

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("mission-node").up();
        if (!node.isNode()) {
            return answer.withData("role", "headquarters").build();
        }
        answer.withData("role", "node");
        Optional<NodeLedger.SubscriptionLag> lag = ledger.subscription();
        boolean behind = false;
        boolean unreachable = false;
        if (lag.isEmpty()) {
            answer.withData("replication", "not subscribed");
            behind = true;
        } else {
            NodeLedger.SubscriptionLag l = lag.get();
            l.secondsBehind().ifPresent(s -> answer.withData("replicationLagSeconds", s));
            answer.withData("replicationPendingBytes", l.bytesPending()).withData("replicationTablesCopying", l.tablesCopying());
            l.lastMessageAt().ifPresent(at -> answer.withData("headquartersLastHeard", at.toString()));
            behind = l.tablesCopying() > 0 || l.bytesPending() > 0 || l.secondsBehind().isEmpty();
            unreachable = l.secondsBehind().orElse(0L) > 0 && l.bytesPending() == 0 && l.tablesCopying() == 0;
        }
        Optional<NodeFilesProgress.Snapshot> last = files.last();
        boolean diskFull = false;
        if (last.isEmpty()) {
            answer.withData("filesMissing", "not counted yet");
            behind = true;
        } else {
            NodeFilesProgress.Snapshot s = last.get();
            answer.withData("filesMissing", s.missingFiles()).withData("filesMissingBytes", s.missingBytes())
                    .withData("filesReceived", s.receivedFiles()).withData("filesReceivedBytes", s.receivedBytes())
                    .withData("filesTampered", s.tampered()).withData("diskFull", s.diskFull());
            // A short word: the details (addresses, exceptions) are in the node's log, not for anyone asking.
            s.problem().ifPresent(p -> answer.withData("filesProblem", p.startsWith("headquarters unreachable")
                    ? "headquarters-unreachable" : p.contains("credential") ? "credential-refused" : "see-log"));
            diskFull = s.diskFull();
            behind |= s.missingFiles() > 0;
            unreachable |= s.problem().filter(p -> p.startsWith("headquarters unreachable")).isPresent();
        }
        String state = diskFull ? "disk-full" : unreachable ? "headquarters-unreachable" : behind ? "catching-up" : "in-step";
        return answer.withData("state", state).build();
    }
}
