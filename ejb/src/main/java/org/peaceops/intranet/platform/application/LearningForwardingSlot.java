package org.peaceops.intranet.platform.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * On a mission node: the replication slot through which headquarters takes the learning made here
 * ({@code intranet_learning_<mission>} on the node's own PostgreSQL, made by config/bin/mission-node for
 * headquarters' subscription to the publication {@code intranet_learning}): whether headquarters is
 * connected to it, and how many bytes of the node's changes it has not confirmed yet, so that an operator
 * sees learning waiting for headquarters. Read from PostgreSQL's {@code pg_replication_slots}, which every
 * role may read; on another database (H2) or before the slot exists there is nothing to say.
 */
@ApplicationScoped
public class LearningForwardingSlot {

    private static final Logger LOG = Logger.getLogger(LearningForwardingSlot.class.getName());

    // Headquarters makes one slot per node, named after the mission the node does not otherwise know; a
    // leftover inactive one (a subscription made afresh drops it) yields to the one in use.
    static final String QUERY = "select slot_name, active, pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint "
            + "from pg_replication_slots where slot_name like 'intranet\\_learning\\_%' order by active desc, slot_name limit 1";

    @Resource(lookup = "jdbc/intranet")
    DataSource dataSource;

    public LearningForwardingSlot() {
    }

    /** For tests: the slot in this database. */
    public static LearningForwardingSlot of(DataSource dataSource) {
        LearningForwardingSlot slot = new LearningForwardingSlot();
        slot.dataSource = dataSource;
        return slot;
    }

    /**
     * The slot and its state. {@code pendingBytes} is empty when PostgreSQL cannot say (a slot that has
     * confirmed nothing yet).
     */
    public record Slot(String name, boolean active, Optional<Long> pendingBytes) {
    }

    /** This node's learning slot; empty on another database, without one, or when it cannot be read (logged). */
    public Optional<Slot> current() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                return Optional.empty();
            }
            try (PreparedStatement select = c.prepareStatement(QUERY); ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String name = rows.getString(1);
                boolean active = rows.getBoolean(2);
                long pending = rows.getLong(3);
                return Optional.of(new Slot(name, active, rows.wasNull() ? Optional.empty() : Optional.of(Math.max(0, pending))));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot read the learning forwarding slot", e);
            return Optional.empty();
        }
    }
}
