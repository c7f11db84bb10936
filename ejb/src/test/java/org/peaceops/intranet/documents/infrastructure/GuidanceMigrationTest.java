package org.peaceops.intranet.documents.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.platform.infrastructure.SchemaMigrator;

/**
 * Runs the documents migrations (V1 + V2) on embedded H2 in PostgreSQL mode, as the demo run does, and
 * checks the guidance schema and its constraints with plain SQL (no JPA).
 */
class GuidanceMigrationTest {

    private JdbcDataSource dataSource;
    /** Held open for the whole test: an in-memory H2 database disappears with its last connection. */
    private Connection keepAlive;

    @BeforeEach
    void migrate() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUser("sa");
        keepAlive = dataSource.getConnection();
        MigrateResult result = SchemaMigrator.migrate(dataSource, "documents", getClass().getClassLoader());
        assertThat(result.success).isTrue();
    }

    @AfterEach
    void close() throws SQLException {
        keepAlive.close();
    }

    @Test
    void createsTheGuidanceTables() throws SQLException {
        assertThat(query("select table_name from information_schema.tables where table_schema = 'documents'"))
                .contains("document_type", "thematic_area", "guidance_document", "guidance_thematic_area",
                        "document_version", "document_version_language", "document_version_keyword",
                        "lifecycle_transition", "audit_entry", "search_outbox");
        assertThat(query("select script from documents.flyway_schema_history where success order by installed_rank"))
                .contains("V2__guidance.sql");
    }

    @Test
    void seedsTheTenThematicAreas() throws SQLException {
        assertThat(query("select code from documents.thematic_area order by sort_order")).containsExactly(
                "PROTECTION_OF_CIVILIANS", "GENDER", "RULE_OF_LAW", "DDR", "CONDUCT_AND_DISCIPLINE", "PLANNING",
                "CIVIL_AFFAIRS", "LOGISTICS", "SECURITY_SECTOR_REFORM", "HUMAN_RIGHTS");
        assertThat(query("select name_fr from documents.thematic_area where code = 'HUMAN_RIGHTS'"))
                .containsExactly("Droits de l'homme");
    }

    @Test
    void storesADocumentWithVersionHistoryAuditAndOutbox() throws SQLException {
        long doc = insertDocument(2, "2007.04");
        execute("insert into documents.guidance_thematic_area values (" + doc + ", 2)");
        long version = next("document_version_seq");
        execute("insert into documents.document_version (id, document_id, version_number, title_en, status, author_subject, "
                + "created_at, is_current, content_sha256, content_size) values (" + version + ", " + doc
                + ", 1, 'Handover', 'DRAFT', 'a', current_timestamp, true, '" + "a".repeat(64) + "', 10)");
        execute("insert into documents.document_version_language values (" + version + ", 'en')");
        execute("insert into documents.document_version_keyword values (" + version + ", 'handover')");
        execute("insert into documents.lifecycle_transition (id, version_id, to_status, actor_subject, occurred_at) "
                + "values (" + next("lifecycle_transition_seq") + ", " + version + ", 'DRAFT', 'a', current_timestamp)");
        execute("insert into documents.audit_entry (id, occurred_at, actor_subject, action, target_type, target_id, detail) "
                + "values (" + next("audit_entry_seq") + ", current_timestamp, 'a', 'DOCUMENT_CREATED', 'GUIDANCE_DOCUMENT', '"
                + doc + "', '" + "x".repeat(4000) + "')");
        execute("insert into documents.search_outbox (id, document_id, version_number, change_kind, created_at) "
                + "values (" + next("search_outbox_seq") + ", " + doc + ", 1, 'CREATED', current_timestamp)");

        assertThat(query("select count(*) from documents.search_outbox e where not exists (select 1 from "
                + "documents.search_outbox_taken t where t.entry_id = e.id)")).as("waiting for every index").containsExactly("1");
        assertThat(query("select title_en from documents.document_version v join documents.document_version_language l "
                + "on l.version_id = v.id where l.language_code = 'en'")).containsExactly("Handover");
    }

    @Test
    void referenceNumbersAreUniquePerTypeOnly() throws SQLException {
        insertDocument(2, "2007.04");
        insertDocument(1, "2007.04");

        assertThatThrownBy(() -> insertDocument(2, "2007.04")).isInstanceOf(SQLException.class);
    }

    @Test
    void versionNumbersAreUniquePerDocumentAndNeedATitle() throws SQLException {
        long doc = insertDocument(2, "2010.01");
        String insert = "insert into documents.document_version (id, document_id, version_number, title_en, status, "
                + "author_subject, created_at) values (%d, " + doc + ", 1, %s, 'DRAFT', 'a', current_timestamp)";
        execute(String.format(insert, next("document_version_seq"), "'T'"));

        assertThatThrownBy(() -> execute(String.format(insert, next("document_version_seq"), "'T'")))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute(String.format(insert.replace(", 1,", ", 2,"), next("document_version_seq"), "null")))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void aVersionsFileIsWholeOrAbsent() throws SQLException {
        long doc = insertDocument(2, "2011.02");

        assertThatThrownBy(() -> execute("insert into documents.document_version (id, document_id, version_number, "
                + "title_en, status, author_subject, created_at, content_sha256) values (" + next("document_version_seq")
                + ", " + doc + ", 1, 'T', 'DRAFT', 'a', current_timestamp, '" + "b".repeat(64) + "')"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void foreignKeysHoldTheAggregateTogether() {
        assertThatThrownBy(() -> execute("insert into documents.document_version (id, document_id, version_number, "
                + "title_en, status, author_subject, created_at) values (1, 999, 1, 'T', 'DRAFT', 'a', current_timestamp)"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> insertDocument(99, "1.1")).as("unknown document type").isInstanceOf(SQLException.class);
    }

    private long insertDocument(int typeId, String reference) throws SQLException {
        long id = next("guidance_document_seq");
        execute("insert into documents.guidance_document (id, document_type_id, reference_number, owning_office, "
                + "mission_code, classification, created_by, created_at, updated_at) values (" + id + ", " + typeId
                + ", '" + reference + "', 'DPO', 'HQ', 'INTERNAL', 'a', current_timestamp, current_timestamp)");
        return id;
    }

    private long next(String sequence) throws SQLException {
        return Long.parseLong(query("select nextval('documents." + sequence + "')").get(0));
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = keepAlive.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = keepAlive.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
