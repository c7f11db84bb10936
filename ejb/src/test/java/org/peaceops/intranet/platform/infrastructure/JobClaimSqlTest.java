package org.peaceops.intranet.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Documents V29 and the claim statement of {@link JpaJobClaims}, run on H2 in PostgreSQL mode. */
class JobClaimSqlTest {

    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUser("sa");
        db = dataSource.getConnection();
        assertThat(SchemaMigrator.migrate(dataSource, "documents", getClass().getClassLoader()).success).isTrue();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private int claim(String job, String period, String node) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(JpaJobClaims.insert(false).replaceAll("\\?\\d", "?"))) {
            s.setString(1, job);
            s.setString(2, period);
            s.setString(3, node);
            s.setTimestamp(4, Timestamp.from(Instant.parse("2026-12-07T02:15:00Z")));
            return s.executeUpdate();
        }
    }

    @Test
    void theFirstInstanceToClaimAJobsPeriodRunsItAndTheOthersDoNot() throws SQLException {
        assertThat(claim("recertification", "2026-12-07", "instance-a")).isEqualTo(1);
        assertThat(claim("recertification", "2026-12-07", "instance-b")).as("same night, other instance").isZero();
        assertThat(claim("recertification", "2026-12-07", "instance-a")).as("same night, fired again").isZero();
        assertThat(claim("recertification", "2026-12-08", "instance-b")).as("the next night").isEqualTo(1);
        assertThat(claim("blob-sweep", "2026-12-07", "instance-b")).as("another job").isEqualTo(1);
        try (ResultSet rs = db.createStatement().executeQuery(
                "select node from documents.scheduled_job_run where job = 'recertification' and period = '2026-12-07'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("who ran it").isEqualTo("instance-a");
        }
    }

    @Test
    void aRolledBackClaimLeavesThePeriodFree() throws SQLException {
        db.setAutoCommit(false);
        assertThat(claim("review-dates", "2026-12-07", "instance-a")).isEqualTo(1);
        db.rollback();
        assertThat(claim("review-dates", "2026-12-07", "instance-b")).as("the job failed on A: B runs it").isEqualTo(1);
        db.commit();
    }

    @Test
    void theNodeNameIsSafeInAFileName() {
        assertThat(NodeName.fileTag()).matches("[A-Za-z0-9_.-]+");
    }
}
