package org.peaceops.intranet.documents.application.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.peaceops.intranet.platform.application.MissionNode;
import org.peaceops.intranet.platform.application.NodeCredentials;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;

/**
 * Headquarters' side of the files channel: which node asks ({@link NodeCredentials}), refusals logged and
 * audited (who tried is unknown: the address is kept), and what each node was sent, for the Mission nodes
 * page. A node never serves this channel itself: its nodes' tokens are headquarters' alone.
 */
@ApplicationScoped
public class NodeContentService {

    private static final Logger LOG = Logger.getLogger(NodeContentService.class.getName());

    @Inject
    NodeCredentials credentials;

    @Inject
    MissionNode node;

    @Inject
    NodeLedger ledger;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** The mission of the node that sent this {@code Authorization} header; a refusal is logged and audited. */
    public Optional<String> authenticate(String authorization, String remoteAddress, String what) {
        Optional<String> mission = node.isNode() ? Optional.empty() : credentials.missionOf(authorization);
        if (mission.isEmpty()) {
            String why = authorization == null ? "no credential" : "a credential that is not a node's";
            LOG.warning(() -> "Files channel: refused " + what + " from " + remoteAddress + " (" + why + ")");
            audit.record("-", AuditAction.NODE_CREDENTIAL_REFUSED, "node-content", what.length() <= 100 ? what : what.substring(0, 100),
                    why + " from " + remoteAddress);
        }
        return mission;
    }

    /** Records a node's contact and what it was sent ({@code files} is 1 when the file's last byte went out). */
    public void sent(String mission, long bytes, boolean wholeFile) {
        try {
            ledger.recordTransfer(mission, bytes, wholeFile ? 1 : 0, clock.instant());
        } catch (RuntimeException e) {
            // The bytes are sent: a figure that could not be written must not turn the answer into an error.
            LOG.warning(() -> "Files channel: could not record " + bytes + " bytes sent to " + mission + ": " + e);
        }
    }
}
