package org.peaceops.intranet.documents.infrastructure.replica;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.peaceops.intranet.documents.application.replica.NodeLedger;

/**
 * The node ledger in SQL: {@code documents.node_contact} for contacts and transfers, and PostgreSQL's own
 * statistics for replication ({@code pg_replication_slots} at headquarters, {@code pg_stat_subscription}
 * and {@code pg_subscription_rel} on a node), which every role may read. On another database (H2 in
 * development) there is no replication: those answers are empty.
 */
@ApplicationScoped
public class JdbcNodeLedger implements NodeLedger {

    private static final Logger LOG = Logger.getLogger(JdbcNodeLedger.class.getName());
    /** The slots and subscriptions config/bin/lib/mission-node.sh makes: intranet_node_<mission>. */
    static final String SLOT_PREFIX = "intranet_node_";
    /** Longer than headquarters' keepalive interval: a subscription that heard nothing for this long is cut off. */
    static final long SILENCE_SECONDS = 90;

    @Resource(lookup = "jdbc/intranet")
    DataSource dataSource;

    public JdbcNodeLedger() {
    }

    JdbcNodeLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void recordTransfer(String peer, long bytes, long files, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                try (PreparedStatement update = c.prepareStatement("update documents.node_contact set bytes = bytes + ?, "
                        + "files = files + ?, last_contact_at = ? where peer = ?")) {
                    update.setLong(1, bytes);
                    update.setLong(2, files);
                    update.setTimestamp(3, Timestamp.from(at));
                    update.setString(4, peer);
                    if (update.executeUpdate() == 1) {
                        return;
                    }
                }
                try (PreparedStatement insert = c.prepareStatement("insert into documents.node_contact "
                        + "(peer, last_contact_at, bytes, files) values (?, ?, ?, ?)")) {
                    insert.setString(1, peer);
                    insert.setTimestamp(2, Timestamp.from(at));
                    insert.setLong(3, bytes);
                    insert.setLong(4, files);
                    insert.executeUpdate();
                    return;
                } catch (SQLException raced) {
                    // Another request of the same node inserted the row first: the update takes it now.
                    if (attempt == 1) {
                        throw raced;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the transfer to " + peer, e);
        }
    }

    @Override
    public List<NodeContact> contacts() {
        List<NodeContact> contacts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "select peer, last_contact_at, bytes, files from documents.node_contact order by peer");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                contacts.add(new NodeContact(rows.getString(1), rows.getTimestamp(2).toInstant(), rows.getLong(3), rows.getLong(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mission nodes' contacts", e);
        }
        return contacts;
    }

    @Override
    public List<ReplicationSlot> slots() {
        List<ReplicationSlot> slots = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            if (!isPostgreSql(c)) {
                return slots;
            }
            try (PreparedStatement select = c.prepareStatement("select slot_name, active, "
                    + "coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn), 0)::bigint "
                    + "from pg_replication_slots where slot_name like 'intranet\\_node\\_%' order by slot_name");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    slots.add(new ReplicationSlot(rows.getString(1).substring(SLOT_PREFIX.length()).toUpperCase(Locale.ROOT),
                            rows.getBoolean(2), rows.getLong(3)));
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot read the replication slots", e);
        }
        return slots;
    }

    @Override
    public Optional<SubscriptionLag> subscription() {
        try (Connection c = dataSource.getConnection()) {
            if (!isPostgreSql(c)) {
                return Optional.empty();
            }
            int copying;
            try (PreparedStatement select = c.prepareStatement("select count(*) from pg_subscription_rel r "
                    + "join pg_subscription s on s.oid = r.srsubid where s.subname like 'intranet\\_node\\_%' and r.srsubstate <> 'r'");
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                copying = rows.getInt(1);
            }
            // The apply worker's row (relid null): received_lsn is what arrived, latest_end_lsn what was
            // reported applied back to headquarters, latest_end_time when; last_msg_receipt_time says the link is alive.
            try (PreparedStatement select = c.prepareStatement("select "
                    + "coalesce(pg_wal_lsn_diff(received_lsn, latest_end_lsn), 0)::bigint, "
                    + "extract(epoch from (now() - latest_end_time))::bigint, last_msg_receipt_time, "
                    + "extract(epoch from (now() - last_msg_receipt_time))::bigint "
                    + "from pg_stat_subscription where subname like 'intranet\\_node\\_%' and relid is null");
                    ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return copying > 0 ? Optional.of(new SubscriptionLag(Optional.empty(), 0, copying, Optional.empty())) : Optional.empty();
                }
                long pending = Math.max(0, rows.getLong(1));
                long sinceApplied = rows.getLong(2);
                boolean known = !rows.wasNull();
                Timestamp last = rows.getTimestamp(3);
                Optional<Instant> lastMessage = Optional.ofNullable(last).map(Timestamp::toInstant);
                long silent = rows.getLong(4);
                // Nothing pending and headquarters heard lately: in step, however long ago the last change was
                // (a quiet headquarters is no lag). Headquarters silent past its keepalives (wal_sender_timeout,
                // 60 s by default, sends one each 30 s): behind by at least as long, whatever changed there since.
                long behind = Math.max(pending == 0 ? 0L : Math.max(0, sinceApplied), silent > SILENCE_SECONDS ? silent : 0L);
                Optional<Long> seconds = known || last != null ? Optional.of(behind) : Optional.empty();
                return Optional.of(new SubscriptionLag(seconds, pending, copying, lastMessage));
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Cannot read the subscription's statistics", e);
            return Optional.empty();
        }
    }

    private static boolean isPostgreSql(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
