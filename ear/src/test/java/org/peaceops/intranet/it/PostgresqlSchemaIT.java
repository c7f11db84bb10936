package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The deployed EAR runs on the test PostgreSQL (not H2): its start-up migrations created both bounded
 * contexts' schemas there, each with its own Flyway history.
 */
class PostgresqlSchemaIT {

    private Connection connect() throws Exception {
        String url = ItEnvironment.required("it.db.url");
        assertThat(url).startsWith("jdbc:postgresql:");
        return DriverManager.getConnection(url, ItEnvironment.required("it.db.user"),
                ItEnvironment.required("it.db.password"));
    }

    @Test
    void databaseIsPostgresql() throws Exception {
        try (Connection c = connect()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void eachContextHasItsOwnSuccessfulMigrationHistory() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String schema : new String[] {"documents", "training", "toolbox"}) {
                try (ResultSet rs = s.executeQuery("select count(*), bool_and(success) from " + schema
                        + ".flyway_schema_history where version is not null")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(schema + " migrations").isGreaterThanOrEqualTo(1);
                    assertThat(rs.getBoolean(2)).as(schema + " all successful").isTrue();
                }
            }
        }
    }

    /** The demo import claims its one run (documents V29): on a cluster starting together only one instance imports. */
    @Test
    void theDemoImportWasClaimedByOneInstance() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), min(node) from documents.scheduled_job_run "
                        + "where job = 'demo-content'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("claims of the demo import").isEqualTo(1);
            assertThat(rs.getString(2)).as("the instance that imported").isNotBlank();
        }
    }

    @Test
    void guidanceTypesAreSeeded() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select code from documents.document_type where guidance order by sort_order")) {
            java.util.List<String> codes = new java.util.ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            assertThat(codes).containsExactly("POLICY_DIRECTIVE", "SOP", "GUIDELINES", "MANUAL");
        }
    }

    @Test
    void toolboxReportTypesAreSeeded() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select code from toolbox.report_definition order by sort_order")) {
            java.util.List<String> codes = new java.util.ArrayList<>();
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            assertThat(codes).startsWith("AFTER_ACTION_REVIEW", "SURVEY_OF_PRACTICE", "END_OF_ASSIGNMENT_REPORT",
                    "HANDOVER_NOTE");
        }
    }
}
