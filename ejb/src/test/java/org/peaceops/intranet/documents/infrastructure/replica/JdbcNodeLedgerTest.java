package org.peaceops.intranet.documents.infrastructure.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.replica.NodeLedger.NodeContact;
import org.peaceops.intranet.platform.infrastructure.SchemaMigrator;

/** V41 (documents) and the ledger's statements on H2 in PostgreSQL mode (the replication statistics are PostgreSQL's only). */
class JdbcNodeLedgerTest {

    private JdbcNodeLedger ledger;

    @BeforeEach
    void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        assertThat(SchemaMigrator.migrate(dataSource, "documents", getClass().getClassLoader()).success).isTrue();
        ledger = new JdbcNodeLedger(dataSource);
    }

    @Test
    void transfersAddUpPerNodeAndTheLastContactMoves() {
        Instant first = Instant.parse("2026-12-07T08:00:00Z");
        Instant later = Instant.parse("2026-12-07T09:30:00Z");
        ledger.recordTransfer("UNMISS", 1_000, 1, first);
        ledger.recordTransfer("MINUSCA", 10, 0, first);
        ledger.recordTransfer("UNMISS", 500, 0, later);   // a resumed part: bytes, not a file yet

        assertThat(ledger.contacts()).containsExactly(
                new NodeContact("MINUSCA", first, 10, 0),
                new NodeContact("UNMISS", later, 1_500, 1));
    }

    @Test
    void withoutPostgreSqlThereIsNoReplicationToReport() {
        assertThat(ledger.slots()).isEmpty();
        assertThat(ledger.subscription()).isEmpty();
    }
}
