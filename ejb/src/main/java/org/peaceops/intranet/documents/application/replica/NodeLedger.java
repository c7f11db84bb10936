package org.peaceops.intranet.documents.application.replica;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is known of the mission nodes' channels (a port: SQL in infrastructure). At headquarters: each
 * node's last contact and what was sent to it ({@code documents.node_contact}), and its replication slot
 * (PostgreSQL's {@code pg_replication_slots}). On a node: what it received, and its subscription's lag
 * ({@code pg_stat_subscription}).
 */
public interface NodeLedger {

    /** Adds a transfer to {@code peer}'s row (a mission at headquarters, {@code HQ} on a node) and marks the contact. */
    void recordTransfer(String peer, long bytes, long files, Instant at);

    List<NodeContact> contacts();

    /** The nodes' replication slots at headquarters; empty where there are none or the database is not PostgreSQL. */
    List<ReplicationSlot> slots();

    /** This node's subscription to headquarters, if there is one (empty on headquarters or another database). */
    Optional<SubscriptionLag> subscription();

    /** One node's contact at headquarters (or headquarters' at a node). */
    record NodeContact(String peer, Instant lastContactAt, long bytes, long files) {
    }

    /** A mission's replication slot: how many bytes of headquarters' changes it has not confirmed, whether a node is attached. */
    record ReplicationSlot(String mission, boolean active, long bytesBehind) {
    }

    /**
     * How far this node's copy is behind: {@code secondsBehind} is how long ago the last change headquarters
     * sent was applied here while more is on its way (0 when the node has applied all it has received
     * and headquarters' last message is recent); empty when nothing was received yet. {@code tablesCopying}
     * counts tables whose initial copy is not done; {@code lastMessageAt} is headquarters' last message.
     */
    record SubscriptionLag(Optional<Long> secondsBehind, long bytesPending, int tablesCopying, Optional<Instant> lastMessageAt) {
    }
}
