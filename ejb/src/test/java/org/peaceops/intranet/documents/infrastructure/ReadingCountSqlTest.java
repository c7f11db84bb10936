package org.peaceops.intranet.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.platform.infrastructure.SchemaMigrator;

/** V5 and the reading-count statements of {@link JpaReadingCounts}, run on H2 in PostgreSQL mode. */
class ReadingCountSqlTest {

    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUser("sa");
        db = dataSource.getConnection();
        assertThat(SchemaMigrator.migrate(dataSource, "documents", getClass().getClassLoader()).success).isTrue();
        for (long id = 1; id <= 3; id++) {
            db.createStatement().execute("insert into documents.guidance_document (id, document_type_id, reference_number, "
                    + "owning_office, mission_code, classification, created_by, created_at, updated_at) values (" + id
                    + ", 1, '2026." + id + "', 'Office', 'HQ', 'PUBLIC', 'a', current_timestamp, current_timestamp)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private void add(long document, String mission, LocalDate month, long views, long downloads) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(jdbc(ReadingCountSql.upsert(false)))) {
            s.setLong(1, document);
            s.setString(2, mission);
            s.setDate(3, Date.valueOf(month));
            s.setLong(4, views);
            s.setLong(5, downloads);
            s.executeUpdate();
        }
    }

    private List<String> rows(String sql, Object... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(jdbc(sql))) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i] instanceof LocalDate d ? Date.valueOf(d) : parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 1; c <= r.getMetaData().getColumnCount(); c++) {
                        cells.add(String.valueOf(r.getObject(c)));
                    }
                    rows.add(String.join(" ", cells));
                }
            }
        }
        return rows;
    }

    /** JPA's numbered parameters as JDBC's plain ones (each appears once, in order). */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d", "?");
    }

    @Test
    void theFirstReadingCreatesTheCounterAndLaterOnesAddToIt() throws SQLException {
        add(1, "UNMISS", DECEMBER, 1, 0);
        add(1, "UNMISS", DECEMBER, 1, 0);
        add(1, "UNMISS", DECEMBER, 0, 1);
        add(1, "MINUSCA", DECEMBER, 1, 0);
        add(1, "UNMISS", NOVEMBER, 1, 0);

        assertThat(rows(ReadingCountSql.FOR_DOCUMENT, 1L, NOVEMBER)).containsExactly(
                "1 MINUSCA 2026-12-01 1 0", "1 UNMISS 2026-12-01 2 1", "1 UNMISS 2026-11-01 1 0");
        assertThat(rows(ReadingCountSql.FOR_DOCUMENT, 1L, DECEMBER)).hasSize(2);
    }

    @Test
    void mostReadRanksDocumentsByViewsAndDownloadsSinceAMonth() throws SQLException {
        add(1, "UNMISS", NOVEMBER, 9, 0);
        add(2, "UNMISS", DECEMBER, 2, 1);
        add(2, "MINUSCA", DECEMBER, 1, 0);
        add(3, "HQ", DECEMBER, 1, 0);

        assertThat(rows(ReadingCountSql.MOST_READ, DECEMBER, 10, 0)).containsExactly("2 3 1", "3 1 0");
        assertThat(rows(ReadingCountSql.MOST_READ, NOVEMBER, 10, 0)).containsExactly("1 9 0", "2 3 1", "3 1 0");
        assertThat(rows(ReadingCountSql.MOST_READ, NOVEMBER, 1, 1)).containsExactly("2 3 1");
    }

    @Test
    void aCounterIsForAWholeMonthAndOnlyForAnExistingDocument() {
        assertThatThrownBy(() -> add(1, "HQ", LocalDate.of(2026, 12, 15), 1, 0)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> add(42, "HQ", DECEMBER, 1, 0)).isInstanceOf(SQLException.class);
    }
}
