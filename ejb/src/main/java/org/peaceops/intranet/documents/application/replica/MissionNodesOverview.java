package org.peaceops.intranet.documents.application.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.platform.application.NodeCredentials;
import org.peaceops.intranet.shared.Caller;

/**
 * The mission nodes as headquarters' administrators see them: every mission that has a node credential,
 * a replication slot or has made contact, with its slot's lag (bytes of headquarters' changes not yet
 * confirmed, whether a node is attached), its last authenticated request and what it was sent.
 */
@ApplicationScoped
public class MissionNodesOverview {

    /** One node; a figure that does not exist yet (no slot, no contact) is empty. */
    public record MissionNodeRow(String mission, boolean credential, Optional<NodeLedger.ReplicationSlot> slot,
            Optional<Instant> lastContactAt, long bytesSent, long filesSent) {
    }

    @Inject
    AccessControl access;

    @Inject
    NodeCredentials credentials;

    @Inject
    NodeLedger ledger;

    public List<MissionNodeRow> nodes(Caller admin) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        Map<String, NodeLedger.ReplicationSlot> slots = ledger.slots().stream()
                .collect(Collectors.toMap(NodeLedger.ReplicationSlot::mission, Function.identity(), (a, b) -> a));
        // On headquarters every contact is a node's; the HQ row exists on nodes only (what they received).
        Map<String, NodeLedger.NodeContact> contacts = ledger.contacts().stream()
                .filter(c -> !"HQ".equals(c.peer()))
                .collect(Collectors.toMap(NodeLedger.NodeContact::peer, Function.identity(), (a, b) -> a));
        TreeSet<String> missions = new TreeSet<>(credentials.missions());
        missions.addAll(slots.keySet());
        missions.addAll(contacts.keySet());
        List<MissionNodeRow> rows = new ArrayList<>();
        for (String mission : missions) {
            Optional<NodeLedger.NodeContact> contact = Optional.ofNullable(contacts.get(mission));
            rows.add(new MissionNodeRow(mission, credentials.missions().contains(mission), Optional.ofNullable(slots.get(mission)),
                    contact.map(NodeLedger.NodeContact::lastContactAt), contact.map(NodeLedger.NodeContact::bytes).orElse(0L),
                    contact.map(NodeLedger.NodeContact::files).orElse(0L)));
        }
        return rows;
    }
}
