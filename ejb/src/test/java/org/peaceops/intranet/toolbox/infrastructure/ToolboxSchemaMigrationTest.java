package org.peaceops.intranet.toolbox.infrastructure;

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
import org.peaceops.intranet.documents.infrastructure.DocumentsSchemaMigration;
import org.peaceops.intranet.platform.infrastructure.SchemaMigrator;

/**
 * The toolbox migrations on embedded H2 in PostgreSQL mode, as the demo run uses it: their own schema and
 * history beside documents, and the four report types seeded with the fields the Toolbox defines.
 */
class ToolboxSchemaMigrationTest {

    private static final String TOOLBOX = ToolboxSchemaMigration.CONTEXT;
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

    private MigrateResult migrate(String context) {
        return SchemaMigrator.migrate(dataSource, context, getClass().getClassLoader());
    }

    @Test
    void appliesOnceInItsOwnSchemaBesideDocuments() throws SQLException {
        assertThat(migrate(DocumentsSchemaMigration.CONTEXT).success).isTrue();
        MigrateResult first = migrate(TOOLBOX);
        MigrateResult second = migrate(TOOLBOX);

        assertThat(TOOLBOX).isEqualTo("toolbox");
        assertThat(first.success).isTrue();
        List<String> applied = query("select script from toolbox.flyway_schema_history where success and version is not null "
                + "order by installed_rank");
        assertThat(first.migrationsExecuted).isEqualTo(applied.size());
        assertThat(first.targetSchemaVersion).isEqualTo(applied.get(applied.size() - 1).replaceAll("^V(\\d+)__.*", "$1"));
        assertThat(second.migrationsExecuted).isZero();
        assertThat(applied).startsWith("V1__reports_and_recommendations.sql", "V2__four_report_types.sql");
        assertThat(query("select count(*) from documents.flyway_schema_history where script like 'V%toolbox%' "
                + "or script like 'V%report_types%'")).containsExactly("0");
        assertThat(query("select table_name from information_schema.tables where table_schema = 'toolbox' order by table_name"))
                .contains("report_definition", "report_definition_version", "report_definition_field", "report",
                        "report_value", "report_step", "recommendation", "flyway_schema_history");
    }

    @Test
    void seedsTheFourTypesWithTheirFieldsInFormOrder() throws SQLException {
        migrate(TOOLBOX);

        // the types people file; retired ones (a community question's carrier) are written by the services only
        assertThat(query("select code || ':' || audience || ':' || name_fr from toolbox.report_definition where active "
                + "order by sort_order"))
                .containsExactly("AFTER_ACTION_REVIEW:BY_CLASSIFICATION:Examen après action",
                        "SURVEY_OF_PRACTICE:BY_CLASSIFICATION:Enquête sur les pratiques",
                        "END_OF_ASSIGNMENT_REPORT:BY_CLASSIFICATION:Rapport de fin d'affectation",
                        "HANDOVER_NOTE:SUCCESSOR_AND_MISSION:Note de passation");
        assertThat(fields("AFTER_ACTION_REVIEW")).containsExactly("event:TEXT", "date:DATE", "mission:MISSION",
                "participants:PERSON", "whatWasPlanned:LONG_TEXT", "whatHappened:LONG_TEXT", "why:LONG_TEXT",
                "whatWentWell:LONG_TEXT", "whatToImprove:LONG_TEXT");
        assertThat(fields("SURVEY_OF_PRACTICE")).containsExactly("question:TEXT", "missionsSurveyed:MISSION",
                "findingsPerMission:ROWS", "findingsPerMission.mission:MISSION", "findingsPerMission.findings:LONG_TEXT",
                "comparison:LONG_TEXT");
        assertThat(fields("END_OF_ASSIGNMENT_REPORT")).containsExactly("post:TEXT", "period:PERIOD",
                "achievements:LONG_TEXT", "challenges:LONG_TEXT", "recommendations:LONG_TEXT", "contacts:ROWS",
                "contacts.name:TEXT", "contacts.role:TEXT", "contacts.howToReach:TEXT");
        assertThat(fields("HANDOVER_NOTE")).containsExactly("post:TEXT", "responsibilities:LONG_TEXT",
                "ongoingIssues:LONG_TEXT", "keyContacts:ROWS", "keyContacts.name:TEXT", "keyContacts.role:TEXT",
                "keyContacts.howToReach:TEXT", "keyFiles:ATTACHMENT");
        assertThat(query("select count(*) from toolbox.report_definition_field where label_en = '' or label_fr = ''"))
                .containsExactly("0");
    }

    @Test
    void versionTwoOfEachTypeKeepsItsFieldsAndAddsOptionalThemes() throws SQLException {
        migrate(TOOLBOX);

        for (String code : List.of("AFTER_ACTION_REVIEW", "SURVEY_OF_PRACTICE", "END_OF_ASSIGNMENT_REPORT", "HANDOVER_NOTE")) {
            List<String> two = fields(code, 2);
            assertThat(two.subList(0, two.size() - 1)).isEqualTo(fields(code));
            assertThat(two.get(two.size() - 1)).isEqualTo("themes:THEMES");
        }
        assertThat(query("select case when required then 'required' else 'optional' end || ':' || label_fr "
                + "from toolbox.report_definition_field "
                + "where kind = 'THEMES'")).containsOnly("optional:Thèmes").hasSize(4);
    }

    @Test
    void aReportPointsAtAnExistingDefinitionVersionAndCodesAreUnique() throws SQLException {
        migrate(TOOLBOX);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("insert into toolbox.report (id, definition_id, definition_version, "
                    + "type_code, audience, mission_code, title, author_subject, status, created_at, updated_at) values "
                    + "(1, 1, 9, 'AFTER_ACTION_REVIEW', 'BY_CLASSIFICATION', 'UNMISS', 't', 'a', 'DRAFT', "
                    + "current_timestamp, current_timestamp)")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate("insert into toolbox.report_definition (id, code, name_en, name_fr, "
                    + "audience, sort_order) values (50, 'HANDOVER_NOTE', 'x', 'y', 'BY_CLASSIFICATION', 1)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private List<String> fields(String code) throws SQLException {
        return fields(code, 1);
    }

    private List<String> fields(String code, int version) throws SQLException {
        return query("select case when f.parent_key = '' then '' else f.parent_key || '.' end || f.field_key || ':' || f.kind "
                + "from toolbox.report_definition_field f join toolbox.report_definition_version v on v.id = f.version_id "
                + "join toolbox.report_definition d on d.id = v.definition_id where d.code = '" + code
                + "' and v.version_number = " + version + " order by f.position");
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
