package org.peaceops.intranet.bench.compliance;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.peaceops.intranet.training.compliance.infrastructure.Standings;

/**
 * Generates the training world in SQL (generate_series: the rows never travel over the wire). Proportions
 * from DOMAIN.md, Sizing: 20 missions; 82,000 military, 11,000 police, 21,000 civilians and 2,000
 * volunteers per 110,000; 120 contributing countries; 40 courses (6 pre-deployment, 6 induction, 28
 * in-mission); 12 assignment rules for everyone (2 of them deactivated since) plus 2 one-off assignments
 * a person, 4 % of assignments still owed and 2 % cancelled; 30 training records a person over four years,
 * pre-deployment ones by attestation for 85 % of people; a certificate for every third record, expiring
 * from a year ago to two years ahead; one attestation line a person for 92 % of people, in one batch per
 * mission; 95 % of people arrived in the last two years.
 */
final class Population {

    static final int MISSIONS = 20;
    static final int RECORDS_PER_PERSON = 30;

    private Population() {
    }

    static void generate(Connection c, int people, LocalDate today) throws SQLException {
        String t = "date '" + today + "'";
        String mission = "'M' || lpad(cast(i % " + MISSIONS + " + 1 as varchar), 2, '0')";
        String category = "case when i % 110 < 82 then 'military' when i % 110 < 93 then 'police'"
                + " when i % 110 < 108 then 'civilian' else 'volunteer' end";
        try (Statement s = c.createStatement()) {
            step(s, "courses", "insert into training.course (id, code, title_en, phase, status) select k, 'C' || k,"
                    + " 'Course ' || k, case when k <= 6 then 'PRE_DEPLOYMENT' when k <= 12 then 'INDUCTION'"
                    + " else 'IN_MISSION' end, 'PUBLISHED' from generate_series(1, 40) k");
            step(s, "course versions", "insert into training.course_version (id, course_id, number, published)"
                    + " select k, k, 1, true from generate_series(1, 40) k");
            step(s, "rules", "insert into training.assignment_rule (id, course_id, mission, category, due_kind, due_date,"
                    + " due_days, created_by, created_at, active) select k, k, null, null,"
                    + " case when k <= 6 then 'ABSOLUTE' else 'DAYS_AFTER_ARRIVAL' end,"
                    + " case when k <= 6 then " + t + " - 200 + k * 30 end, 30, 'bench', timestamp '2024-01-01 00:00:00',"
                    + " k <= 10 from generate_series(1, 12) k");
            step(s, "learners", "insert into training.learner (subject, display_name, mission, category, arrival_date,"
                    + " updated_at) select 'p' || i, 'Person ' || md5(cast(i as varchar)), " + mission + ", " + category
                    + ", case when i % 20 <> 0 then " + t + " - (i * 7919) % 730 end, current_timestamp"
                    + " from generate_series(1, " + people + ") i");
            step(s, "assignments", "insert into training.assignment (id, course_id, learner_subject, rule_id, due_kind,"
                    + " due_date, due_days, origin, status, assigned_by, assigned_at) select i * 100 + k,"
                    + " case when k <= 12 then k else 12 + k end, 'p' || i, case when k <= 12 then k end,"
                    + " case when k <= 6 or k > 12 then 'ABSOLUTE' else 'DAYS_AFTER_ARRIVAL' end,"
                    + " case when k <= 6 or k > 12 then " + t + " - 400 + (i + k * 37) % 500 end, 30,"
                    + " case when k <= 12 then 'RULE' else 'TRAINER' end,"
                    + " case when (i * 31 + k * 17) % 100 < 4 then 'ACTIVE' when (i * 31 + k * 17) % 100 < 6"
                    + " then 'CANCELLED' else 'COMPLETED' end, 'bench', timestamp '2024-01-01 00:00:00'"
                    + " from generate_series(1, " + people + ") i cross join generate_series(1, 14) k");
            step(s, "training records", "insert into training.training_record (id, learner_subject, learner_name, mission,"
                    + " category, course_id, course_code, course_title, course_version_number, method, completed_at,"
                    + " recorded_by) select i * 100 + k, 'p' || i, 'Person ' || md5(cast(i as varchar)), " + mission
                    + ", " + category + ", k % 40 + 1, 'C' || (k % 40 + 1), 'Course ' || (k % 40 + 1), 1,"
                    + " case when k % 40 + 1 <= 6 and i % 100 < 85 then 'ATTESTATION' else 'E_LEARNING' end,"
                    + " cast(" + t + " as timestamp) - (((i * 7 + k * 13) % 1460) * interval '1 day')"
                    + " - ((i % 86400) * interval '1 second'), 'bench'"
                    + " from generate_series(1, " + people + ") i cross join generate_series(1, " + RECORDS_PER_PERSON
                    + ") k");
            // the monthly tally the application keeps record by record, here for records made in bulk
            step(s, "monthly tally", "insert into training.compliance_month (mission, category, month_start, completions)"
                    + " select mission, category, cast(date_trunc('month', completed_at) as date), count(*)"
                    + " from training.training_record group by 1, 2, 3");
            // with their holder's mission and category, as Standings copies them
            step(s, "certificates", "insert into training.certificate (id, record_id, code, learner_subject, holder_name,"
                    + " course_id, course_title, issued_on, expires_on, mission, category) select i * 100 + k, i * 100 + k,"
                    + " 'B' || (i * 100 + k), 'p' || i, 'Person ' || md5(cast(i as varchar)), k % 40 + 1, 'Course',"
                    + " " + t + " - 400, " + t + " - 365 + (i * 11 + k * 7) % 1095, " + mission + ", " + category
                    + " from generate_series(1, " + people + ") i cross join generate_series(1, " + RECORDS_PER_PERSON
                    + ") k where k % 3 = 0");
            step(s, "attestation batches", "insert into training.attestation_batch (id, mission, file_name, uploaded_by,"
                    + " uploaded_by_name, uploaded_at, line_count, new_people, status, version) select m,"
                    + " 'M' || lpad(cast(m as varchar), 2, '0'), 'batch.csv', 'bench', 'Bench', current_timestamp, 0, 0,"
                    + " case when m % 5 = 0 then 'PENDING' else 'VERIFIED' end, 0 from generate_series(1, " + MISSIONS
                    + ") m");
            step(s, "attestations", "insert into training.attestation (id, batch_id, line_number, person_id, person_name,"
                    + " category, country, course_id, course_code, course_version_id, completed_on, training_centre)"
                    + " select i, i % " + MISSIONS + " + 1, i, 'p' || i, 'Person', " + category + ","
                    + " 'Country ' || lpad(cast(i % 120 as varchar), 3, '0'), 1, 'C1', 1, " + t + " - 800, 'Centre'"
                    + " from generate_series(1, " + people + ") i where i % 100 < 92");
            // each person's standing, by the statement the application runs after every change
            step(s, "standings", Standings.all()[0]);
            // what autovacuum does to tables written in bulk (its insert threshold), so index-only scans
            // find their pages all-visible as they would in service
            step(s, "vacuum analyze", "vacuum analyze");
        }
    }

    private static void step(Statement s, String what, String sql) throws SQLException {
        long start = System.nanoTime();
        int rows = s.executeUpdate(sql);
        System.out.printf("generated %-22s %,10d rows in %6.1f s%n", what, rows, (System.nanoTime() - start) / 1e9);
    }
}
