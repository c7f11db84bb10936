package org.peaceops.intranet.training.compliance.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * A small world whose figures are counted by hand (reference day 7 December 2026), written as rows so
 * every case the definitions name is there exactly once:
 * <pre>
 * Alice UNMISS military  arrived 1 Oct   owes CORE (rule, due 30 days after arrival = 31 Oct): OVERDUE
 * Bob   UNMISS police    arrived 30 Nov  owes CORE (due 30 Dec): not compliant, not overdue
 * Carol UNMISS civilian  no arrival      owes CORE (relative, no date): not compliant, never overdue
 * Dan   MINUSCA military arrived 10 Jan  PDT done by verified attestation; owes OPT by an inactive rule: COMPLIANT
 * Eve   MINUSCA police   arrived 1 Dec   owes PDT due 1 Nov extended to 31 Dec: not overdue; CORE cancelled
 * Frank HQ civilian      no arrival      owes nothing: COMPLIANT
 * Alice also owes OPT by a trainer's one-off assignment (not a mandate).
 * </pre>
 * Certificates expire: Dan today, Alice in 30 days, Bob in 31, Frank in 90, Eve yesterday.
 * Records: Alice 2 Dec 2026, Bob 30 Nov 2026, Dan 1 Feb 2026, Frank 1 Jan 2025 00:00, Eve 15 Dec 2024 (outside).
 * Attestation lines: Dan Senegal (verified), Bob Ghana and Eve Rwanda (pending); Alice none.
 */
final class ComplianceFixture {

    private static final long COURSE_IDS = 1000;
    /** Records, certificates and assignments: above the sequences' first blocks too. */
    private static final long ROW_IDS = 1000;

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private ComplianceFixture() {
    }

    static void write(EntityManager em) {
        course(em, 1, "CORE", "IN_MISSION");
        course(em, 2, "PDT", "PRE_DEPLOYMENT");
        course(em, 3, "OPT", "IN_MISSION");
        sql(em, "insert into training.assignment_rule (id, course_id, mission, category, due_kind, due_days, created_by,"
                + " created_at, active) values (1001, 1001, 'UNMISS', null, 'DAYS_AFTER_ARRIVAL', 30, 't', timestamp '2026-01-01 00:00:00', true),"
                + " (1002, 1002, null, null, 'ABSOLUTE', 0, 't', timestamp '2026-01-01 00:00:00', true),"
                + " (1003, 1003, 'MINUSCA', null, 'ABSOLUTE', 0, 't', timestamp '2026-01-01 00:00:00', false)");
        learner(em, "s-alice", "Alice", "UNMISS", "military", "2026-10-01");
        learner(em, "s-bob", "Bob", "UNMISS", "police", "2026-11-30");
        learner(em, "s-carol", "Carol", "UNMISS", "civilian", null);
        learner(em, "s-dan", "Dan", "MINUSCA", "military", "2026-01-10");
        learner(em, "s-eve", "Eve", "MINUSCA", "police", "2026-12-01");
        learner(em, "s-frank", "Frank", "HQ", "civilian", null);
        assignment(em, 1, 1, "s-alice", "1", "DAYS_AFTER_ARRIVAL", null, 30, null, "RULE", "ACTIVE");
        assignment(em, 2, 1, "s-bob", "1", "DAYS_AFTER_ARRIVAL", null, 30, null, "RULE", "ACTIVE");
        assignment(em, 3, 1, "s-carol", "1", "DAYS_AFTER_ARRIVAL", null, 30, null, "RULE", "ACTIVE");
        assignment(em, 4, 2, "s-dan", "2", "ABSOLUTE", "2026-03-01", 0, null, "RULE", "COMPLETED");
        assignment(em, 5, 3, "s-dan", "3", "ABSOLUTE", "2026-01-01", 0, null, "RULE", "ACTIVE");
        assignment(em, 6, 2, "s-eve", "2", "ABSOLUTE", "2026-11-01", 0, "2026-12-31", "RULE", "ACTIVE");
        assignment(em, 7, 3, "s-alice", null, "ABSOLUTE", "2026-01-01", 0, null, "TRAINER", "ACTIVE");
        assignment(em, 8, 1, "s-eve", "1", "ABSOLUTE", "2026-01-01", 0, null, "RULE", "CANCELLED");
        record(em, 1, "s-dan", "Dan", "MINUSCA", "military", 2, "ATTESTATION", "2026-02-01 10:00:00");
        record(em, 2, "s-alice", "Alice", "UNMISS", "military", 1, "E_LEARNING", "2026-12-02 10:00:00");
        record(em, 3, "s-bob", "Bob", "UNMISS", "police", 2, "E_LEARNING", "2026-11-30 10:00:00");
        record(em, 4, "s-eve", "Eve", "MINUSCA", "police", 1, "E_LEARNING", "2024-12-15 10:00:00");
        record(em, 5, "s-frank", "Frank", "HQ", "civilian", 1, "E_LEARNING", "2025-01-01 00:00:00");
        certificate(em, 1, 1, "s-dan", "Dan", "2026-12-07");
        certificate(em, 2, 2, "s-alice", "Alice", "2027-01-06");
        certificate(em, 3, 3, "s-bob", "Bob", "2027-01-07");
        certificate(em, 4, 5, "s-frank", "Frank", "2027-03-07");
        certificate(em, 5, 4, "s-eve", "Eve", "2026-12-06");
        sql(em, "insert into training.attestation_batch (id, mission, file_name, uploaded_by, uploaded_by_name, uploaded_at,"
                + " line_count, new_people, status, version) values (1, 'MINUSCA', 'a.csv', 't', 'T',"
                + " timestamp '2026-01-01 00:00:00', 1, 0, 'VERIFIED', 0), (2, 'UNMISS', 'b.csv', 't', 'T',"
                + " timestamp '2026-11-01 00:00:00', 2, 0, 'PENDING', 0)");
        attestation(em, 1, 1, "s-dan", "Dan", "military", "Senegal");
        attestation(em, 2, 2, "s-bob", "Bob", "police", "Ghana");
        attestation(em, 3, 2, "s-eve", "Eve", "police", "Rwanda");
        // what the repositories do after each of these changes
        Standings.refreshAll(em);
    }

    private static void course(EntityManager em, long id, String code, String phase) {
        // ids far above the course sequence's first block, so a course persisted by a test does not collide
        long key = COURSE_IDS + id;
        sql(em, "insert into training.course (id, code, title_en, phase, status) values (" + key + ", '" + code + "', '"
                + code + " course', '" + phase + "', 'PUBLISHED')");
        sql(em, "insert into training.course_version (id, course_id, number, published) values (" + key + ", " + key
                + ", 1, true)");
    }

    private static void learner(EntityManager em, String subject, String name, String mission, String category,
            String arrival) {
        sql(em, "insert into training.learner (subject, display_name, mission, category, arrival_date, updated_at) values ('"
                + subject + "', '" + name + "', '" + mission + "', '" + category + "', "
                + (arrival == null ? "null" : "date '" + arrival + "'") + ", timestamp '2026-01-01 00:00:00')");
    }

    private static void assignment(EntityManager em, long id, long course, String subject, String rule, String kind,
            String due, int days, String extended, String origin, String status) {
        sql(em, "insert into training.assignment (id, course_id, learner_subject, rule_id, due_kind, due_date, due_days,"
                + " extended_to, origin, status, assigned_by, assigned_at) values (" + (ROW_IDS + id) + ", " + (COURSE_IDS + course) + ", '" + subject
                + "', " + (rule == null ? "null" : String.valueOf(ROW_IDS + Long.parseLong(rule))) + ", '" + kind + "', " + (due == null ? "null" : "date '" + due + "'") + ", " + days + ", "
                + (extended == null ? "null" : "date '" + extended + "'") + ", '" + origin + "', '" + status
                + "', 't', timestamp '2026-01-01 00:00:00')");
    }

    private static void record(EntityManager em, long id, String subject, String name, String mission, String category,
            long course, String method, String at) {
        sql(em, "insert into training.training_record (id, learner_subject, learner_name, mission, category, course_id,"
                + " course_code, course_title, course_version_number, method, completed_at, recorded_by) values (" + (ROW_IDS + id)
                + ", '" + subject + "', '" + name + "', '" + mission + "', '" + category + "', " + (COURSE_IDS + course) + ", 'C" + course
                + "', 'Course " + course + "', 1, '" + method + "', timestamp '" + at + "', 't')");
        // what JpaRecordRepository.add does with every record
        MonthlyCompletions.count(em, mission, category, java.time.LocalDateTime.parse(at.replace(' ', 'T')));
    }

    private static void certificate(EntityManager em, long id, long record, String subject, String name, String expires) {
        sql(em, "insert into training.certificate (id, record_id, code, learner_subject, holder_name, course_id,"
                + " course_title, issued_on, expires_on) values (" + (ROW_IDS + id) + ", " + (ROW_IDS + record) + ", 'CERT" + id + "', '" + subject
                + "', '" + name + "', 1001, 'Course', date '2025-01-01', date '" + expires + "')");
    }

    private static void attestation(EntityManager em, long id, long batch, String subject, String name,
            String category, String country) {
        sql(em, "insert into training.attestation (id, batch_id, line_number, person_id, person_name, category, country,"
                + " course_id, course_code, course_version_id, completed_on, training_centre) values (" + (ROW_IDS + id) + ", " + batch
                + ", " + id + ", '" + subject + "', '" + name + "', '" + category + "', '" + country
                + "', 1002, 'PDT', 1002, date '2026-01-05', 'Centre')");
    }

    private static void sql(EntityManager em, String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }
}
