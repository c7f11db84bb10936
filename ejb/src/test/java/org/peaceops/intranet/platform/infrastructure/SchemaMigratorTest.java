package org.peaceops.intranet.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the documents migrations against a real embedded H2 in PostgreSQL mode, as the demo run uses it. */
class SchemaMigratorTest {

    private static final String CONTEXT = "documents";

    /** Held strongly so the level sticks: Flyway's INFO lines would drown the build output. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;

    @BeforeEach
    void freshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("intranet").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUser("sa");
        dataSource.setPassword("");
    }

    private MigrateResult migrate() {
        return SchemaMigrator.migrate(dataSource, CONTEXT, getClass().getClassLoader());
    }

    private int highestScriptVersion() {
        try {
            var url = getClass().getClassLoader().getResource("db/migration/" + CONTEXT);
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(url.toURI()))) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void firstRunAppliesEveryMigrationAndSecondRunNothing() {
        MigrateResult first = migrate();

        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isEqualTo(scriptCount());
        // The highest version, not the count: branches are given version numbers ahead of merging, so gaps occur.
        assertThat(first.targetSchemaVersion).isEqualTo(String.valueOf(highestScriptVersion()));

        MigrateResult second = migrate();

        assertThat(second.success).isTrue();
        assertThat(second.migrationsExecuted).isZero();
        // StartupSchemaMigration falls back to the initial version when nothing was pending.
        assertThat(second.initialSchemaVersion).isEqualTo(first.targetSchemaVersion);
        String reported = second.targetSchemaVersion != null ? second.targetSchemaVersion : second.initialSchemaVersion;
        assertThat(reported).isEqualTo(first.targetSchemaVersion);
    }

    /** The documents context's scripts V1..Vn, counted from the classpath so new ones need no edit here. */
    private static int scriptCount() {
        try {
            var folder = java.nio.file.Path.of(SchemaMigratorTest.class.getClassLoader()
                    .getResource("db/migration/documents").toURI());
            try (var files = java.nio.file.Files.list(folder)) {
                return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void seedsTheSixDocumentTypesInDisplayOrder() throws SQLException {
        migrate();
        migrate();

        assertThat(query("select code from documents.document_type order by sort_order")).containsExactly(
                "POLICY_DIRECTIVE", "SOP", "GUIDELINES", "MANUAL", "TEMPLATE_FORM", "OTHER");
        assertThat(query("select code from documents.document_type where guidance order by sort_order"))
                .containsExactly("POLICY_DIRECTIVE", "SOP", "GUIDELINES", "MANUAL");
        assertThat(query("select count(*) from documents.document_type where active")).containsExactly("6");
        assertThat(query("select name_fr from documents.document_type where code = 'SOP'"))
                .containsExactly("Procédure opérationnelle permanente");
    }

    @Test
    void documentTypeCodesAreUnique() throws SQLException {
        migrate();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(
                    "insert into documents.document_type (id, code, name_en, name_fr, guidance, sort_order) "
                            + "values (100, 'SOP', 'Duplicate', 'Doublon', true, 99)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void keepsTheHistoryTableInTheContextsOwnSchema() throws SQLException {
        migrate();

        assertThat(tables(CONTEXT)).contains("flyway_schema_history", "document_type");
        assertThat(tables("public")).doesNotContain("flyway_schema_history");
        assertThat(query("select version || ':' || script || ':' || success from documents.flyway_schema_history "
                + "where version is not null order by installed_rank"))
                .startsWith("1:V1__document_types.sql:TRUE")
                .hasSize(scriptCount())
                .allMatch(row -> row.endsWith(":TRUE"));
    }

    private List<String> tables(String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
