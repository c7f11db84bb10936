package org.peaceops.intranet.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.platform.infrastructure.SchemaMigrator;

/** V20 and the receipt statement of {@link JpaDownloadReceipts}, run on H2 in PostgreSQL mode. */
class DownloadReceiptSqlTest {

    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUser("sa");
        db = dataSource.getConnection();
        assertThat(SchemaMigrator.migrate(dataSource, "documents", getClass().getClassLoader()).success).isTrue();
        db.createStatement().execute("insert into documents.guidance_document (id, document_type_id, reference_number, "
                + "owning_office, mission_code, classification, created_by, created_at, updated_at) values (1, 1, "
                + "'2026.1', 'Office', 'HQ', 'PUBLIC', 'a', current_timestamp, current_timestamp)");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private int receive(String subject, int version, char content) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(JpaDownloadReceipts.insert(false).replaceAll("\\?\\d", "?"))) {
            s.setString(1, subject);
            s.setLong(2, 1);
            s.setInt(3, version);
            s.setString(4, String.valueOf(content).repeat(64));
            s.setTimestamp(5, Timestamp.from(Instant.parse("2026-12-06T10:00:00Z")));
            return s.executeUpdate();
        }
    }

    @Test
    void theFirstDownloadOfAPersonVersionAndContentInsertsAndLaterOnesDoNot() throws SQLException {
        assertThat(receive("reader2", 1, 'a')).isEqualTo(1);
        assertThat(receive("reader2", 1, 'a')).isZero();
        assertThat(receive("reader2", 1, 'a')).isZero();
        assertThat(receive("reader", 1, 'a')).as("another person").isEqualTo(1);
        assertThat(receive("reader2", 2, 'a')).as("another version").isEqualTo(1);
        assertThat(receive("reader2", 1, 'b')).as("another content (ETag)").isEqualTo(1);
        var rows = db.createStatement().executeQuery("select count(*) from documents.download_receipt");
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(4);
    }
}
