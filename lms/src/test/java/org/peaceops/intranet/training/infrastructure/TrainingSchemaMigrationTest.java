package org.peaceops.intranet.training.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.SequenceGenerator;
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
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseStatus;
import org.peaceops.intranet.training.domain.TrainingPhase;

/** Runs the training migrations against a real embedded H2 in PostgreSQL mode, alone and beside documents. */
class TrainingSchemaMigrationTest {

    private static final String TRAINING = TrainingSchemaMigration.CONTEXT;
    private static final String DOCUMENTS = DocumentsSchemaMigration.CONTEXT;

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

    private MigrateResult migrate(String context) {
        return SchemaMigrator.migrate(dataSource, context, getClass().getClassLoader());
    }

    @Test
    void theContextNameIsTheSchemaOfTheEntity() {
        assertThat(TRAINING).isEqualTo("training");
        assertThat(Course.class.getAnnotation(jakarta.persistence.Table.class).schema()).isEqualTo(TRAINING);
    }

    @Test
    void firstRunAppliesTheMigrationAndSecondRunNothing() {
        MigrateResult first = migrate(TRAINING);

        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isEqualTo(13);
        assertThat(first.targetSchemaVersion).isEqualTo("22");

        MigrateResult second = migrate(TRAINING);

        assertThat(second.success).isTrue();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(second.initialSchemaVersion).isEqualTo("22");
    }

    @Test
    void createsTheCourseTableAndKeepsItsHistoryInTheTrainingSchema() throws SQLException {
        migrate(TRAINING);

        assertThat(tables(TRAINING)).contains("course", "course_version", "course_module", "lesson",
                "guidance_citation", "quiz_question", "quiz_option", "learner", "assignment_rule", "assignment",
                "lesson_progress", "quiz_attempt", "training_record", "record_citation", "certificate",
                "attestation_batch", "attestation", "owed_refresher", "compliance_month", "training_session",
                "session_enrolment", "session_evaluation", "session_notice", "scorm_package", "scorm_package_file",
                "scorm_package_item", "scorm_lesson_version", "scorm_attempt", "learning_event", "learning_event_applied",
                "flyway_schema_history");
        assertThat(tables("public")).doesNotContain("flyway_schema_history");
        assertThat(query("select count(*) from training.course")).containsExactly("0");
        assertThat(query("select script from training.flyway_schema_history where version is not null"
                + " order by installed_rank"))
                .containsExactly("V1__courses.sql", "V2__course_versions.sql", "V3__assignments.sql",
                        "V4__learning_records_certificates.sql", "V5__attestations.sql",
                        "V6__owed_refreshers.sql", "V7__compliance.sql", "V8__training_sessions.sql",
                        "V9__learner_personnel_number.sql", "V10__learner_standing.sql", "V20__scorm_packages.sql",
                        "V21__lesson_copied_from.sql", "V22__learning_events.sql");
    }

    @Test
    void theTableAcceptsEveryPhaseAndStatusOfTheDomainAndNothingElse() throws SQLException {
        migrate(TRAINING);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            int id = 1;
            for (TrainingPhase phase : TrainingPhase.values()) {
                for (CourseStatus status : CourseStatus.values()) {
                    s.executeUpdate("insert into training.course (id, code, title_en, phase, status) values ("
                            + id + ", 'C" + id + "', 'Course', '" + phase.name() + "', '" + status.name() + "')");
                    id++;
                }
            }
            assertThatThrownBy(() -> s.executeUpdate("insert into training.course (id, code, title_en, phase, status) "
                    + "values (900, 'X1', 'Course', 'INDUCTION', 'ARCHIVED')")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate("insert into training.course (id, code, title_en, phase, status) "
                    + "values (901, 'X2', 'Course', 'ONBOARDING', 'DRAFT')")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate("insert into training.course (id, code, title_en, phase, status) "
                    + "values (902, 'C1', 'Course', 'INDUCTION', 'DRAFT')")).isInstanceOf(SQLException.class);
        }
        assertThat(query("select count(*) from training.course"))
                .containsExactly(String.valueOf(TrainingPhase.values().length * CourseStatus.values().length));
    }

    @Test
    void theSequenceStepsByTheEntitysAllocationSize() throws Exception {
        migrate(TRAINING);
        SequenceGenerator generator = Course.class.getDeclaredField("id").getAnnotation(SequenceGenerator.class);

        assertThat(generator.sequenceName()).isEqualTo("training.course_seq");
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < 2; i++) {
                try (ResultSet rs = s.executeQuery("select nextval('training.course_seq')")) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        }
        // JPA pre-allocates allocationSize ids per nextval; a different increment would hand out ids twice.
        assertThat(ids.get(1) - ids.get(0)).isEqualTo(generator.allocationSize());
    }

    @Test
    void documentsAndTrainingMigrateIndependentlyIntoTheSameDatabase() throws SQLException {
        MigrateResult documents = migrate(DOCUMENTS);
        MigrateResult training = migrate(TRAINING);

        // Each context numbers its migrations on its own, from V1, and ends at its own highest version
        // (versions are handed out to parallel work, so a context's numbers may skip).
        assertThat(documents.migrationsExecuted).isPositive();
        assertThat(documents.targetSchemaVersion).isEqualTo(documents.migrations.get(documents.migrations.size() - 1).version);
        assertThat(training.migrationsExecuted).isPositive();
        assertThat(training.targetSchemaVersion).isEqualTo(training.migrations.get(training.migrations.size() - 1).version);

        assertThat(migrate(TRAINING).migrationsExecuted).isZero();
        assertThat(migrate(DOCUMENTS).migrationsExecuted).isZero();

        assertThat(query("select script from documents.flyway_schema_history where version is not null"
                + " order by installed_rank")).startsWith("V1__document_types.sql").hasSize(documents.migrationsExecuted);
        assertThat(query("select script from training.flyway_schema_history where version is not null"
                + " order by installed_rank")).startsWith("V1__courses.sql").hasSize(training.migrationsExecuted);
        assertThat(tables(DOCUMENTS)).contains("document_type").doesNotContain("course");
        assertThat(tables(TRAINING)).contains("course").doesNotContain("document_type");
        assertThat(query("select count(*) from documents.document_type")).containsExactly("6");
    }

    @Test
    void theOrderOfTheContextsDoesNotMatter() {
        assertThat(migrate(TRAINING).migrationsExecuted).isPositive();
        assertThat(migrate(DOCUMENTS).migrationsExecuted).isPositive();
        assertThat(migrate(TRAINING).migrationsExecuted).isZero();
        assertThat(migrate(DOCUMENTS).migrationsExecuted).isZero();
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
