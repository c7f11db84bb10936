package org.peaceops.intranet.training.compliance.infrastructure;

import static org.peaceops.intranet.testing.Fields.withEm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.intranet.training.compliance.domain.ComplianceFigure.ARRIVED_WITHOUT_ATTESTATION;
import static org.peaceops.intranet.training.compliance.domain.ComplianceFigure.COMPLIANT;
import static org.peaceops.intranet.training.compliance.domain.ComplianceFigure.EXPIRING_90;
import static org.peaceops.intranet.training.compliance.domain.ComplianceFigure.NOT_COMPLIANT;
import static org.peaceops.intranet.training.compliance.domain.ComplianceFigure.OVERDUE;
import static org.peaceops.intranet.training.compliance.domain.ComplianceFigure.PEOPLE;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.training.attestation.domain.Attestation;
import org.peaceops.intranet.training.attestation.domain.CheckedLine;
import org.peaceops.intranet.training.attestation.domain.CourseFacts;
import org.peaceops.intranet.training.attestation.infrastructure.JpaAttestationRepository;
import org.peaceops.intranet.training.compliance.domain.ComplianceCriteria;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceOrder;
import org.peaceops.intranet.training.compliance.domain.ComplianceRow;
import org.peaceops.intranet.training.domain.Assignment;
import org.peaceops.intranet.training.domain.AssignmentRule;
import org.peaceops.intranet.training.domain.Course;
import org.peaceops.intranet.training.domain.CourseVersion;
import org.peaceops.intranet.training.domain.DueDateRule;
import org.peaceops.intranet.training.domain.Learner;
import org.peaceops.intranet.training.domain.TrainingRecord;
import org.peaceops.intranet.training.infrastructure.JpaAssignmentRepository;
import org.peaceops.intranet.training.infrastructure.JpaLearnerRepository;
import org.peaceops.intranet.training.infrastructure.JpaRecordRepository;

/**
 * The standing the dashboards read (Standings) follows every kind of change made through the
 * repositories, in the changing transaction, and after each one equals what the figures' definitions
 * compute from the source rows (the statements the dashboards ran before the standing was kept), for
 * every mission and for one. The figure-equals-list property itself is CompliancePersistenceTest's.
 */
class StandingsPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, "training", "training", "WARNING");
        change(ComplianceFixture::write);
    }

    @AfterEach
    void close() {
        unit.close();
    }

    @Test
    void theFixtureStandingIsWhatTheDefinitionsCompute() {
        assertThat(names(every(OVERDUE))).containsExactly("Alice");
        matchesTheDefinitions();
    }

    @Test
    void recordedDatesMoveArrivalRelativeDueDatesIntoTheOverdueFigure() {
        change(em -> {
            // Bob owes CORE 30 days after arrival: an arrival in October makes it due 31 October
            em.find(Learner.class, "s-bob").recordDates(LocalDate.of(2026, 10, 1), null);
            learners(em).standingChanged("s-bob");
        });
        assertThat(names(every(OVERDUE))).containsExactly("Alice", "Bob");
        matchesTheDefinitions();
    }

    @Test
    void aRuleAssignmentMakesAPersonNotCompliantAndItsCancellationCompliantAgain() {
        change(em -> {
            AssignmentRule everyone = new AssignmentRule(em.find(Course.class, 1003L), null, null,
                    DueDateRule.on(LocalDate.of(2026, 12, 1)), "sub-hq", NOW);
            assignments(em).addRule(everyone);
            assignments(em).add(everyone.assign(em.find(Learner.class, "s-frank"), NOW));
        });
        assertThat(names(every(COMPLIANT))).containsExactly("Dan");
        assertThat(names(every(OVERDUE))).containsExactly("Alice", "Frank");
        matchesTheDefinitions();

        change(em -> {
            // Alice's mandatory CORE, overdue; her trainer's one-off OPT is no mandate
            em.find(Assignment.class, 1001L).cancel("Repatriated", "sub-hq", NOW);
            learners(em).standingChanged("s-alice");
        });
        assertThat(names(every(OVERDUE))).containsExactly("Frank");
        assertThat(names(every(COMPLIANT))).containsExactly("Alice", "Dan");
        matchesTheDefinitions();
    }

    @Test
    void aVerifiedAttestationRecordAndAnAttestationLineReachTheGapReport() {
        change(em -> {
            Learner alice = em.find(Learner.class, "s-alice");
            records(em).add(TrainingRecord.fromAttestation(alice, em.find(CourseVersion.class, 1002L),
                    LocalDate.of(2026, 9, 1), "verifier"));
            CheckedLine line = new CheckedLine(4, "s-carol", "Carol", PersonnelCategory.CIVILIAN, "Kenya",
                    new CourseFacts(1002, 1002, "PDT", Set.of()), LocalDate.of(2026, 9, 1), "Centre", false);
            attestations(em).addLines(List.of(new Attestation(2, line)));
        });
        assertThat(names(every(ARRIVED_WITHOUT_ATTESTATION))).containsExactly("Bob", "Eve");
        assertThat(rows(every(PEOPLE)).stream().filter(r -> r.name().equals("Carol")).map(ComplianceRow::country))
                .containsExactly("Kenya");
        matchesTheDefinitions();
    }

    @Test
    void aPersonSeenInAnotherMissionTakesTheirCertificatesAlong() {
        change(em -> {
            em.find(Learner.class, "s-frank").seen("Frank", "UNMISS", "civilian", NOW);
            learners(em).standingChanged("s-frank");
        });
        assertThat(names(unmiss(EXPIRING_90))).containsExactly("Alice", "Bob", "Frank");
        matchesTheDefinitions();
    }

    @Test
    void overdueCountsInTheDayOfThePersonsMission() {
        change(em -> {
            // Bob's CORE falls due on 7 December (30 days after arrival); Frank owes a course due that day too
            em.find(Learner.class, "s-bob").recordDates(LocalDate.of(2026, 11, 7), null);
            learners(em).standingChanged("s-bob");
            AssignmentRule everyone = new AssignmentRule(em.find(Course.class, 1003L), null, null,
                    DueDateRule.on(LocalDate.of(2026, 12, 7)), "sub-hq", NOW);
            assignments(em).addRule(everyone);
            assignments(em).add(everyone.assign(em.find(Learner.class, "s-frank"), NOW));
        });
        // 22:30 UTC on the 7th: 00:30 on the 8th in Juba (Bob is overdue), 17:30 on the 7th in New York
        assertThat(names(at(OVERDUE, "2026-12-07T22:30:00Z", ComplianceFixture.TODAY))).containsExactly("Alice", "Bob");
        // noon UTC: the 7th everywhere, nothing falls due before its day is over
        assertThat(names(at(OVERDUE, "2026-12-07T12:00:00Z", ComplianceFixture.TODAY))).containsExactly("Alice");
        // 02:00 UTC on the 8th: still the 7th in New York, where Frank serves; the 8th in Juba
        assertThat(names(at(OVERDUE, "2026-12-08T02:00:00Z", ComplianceFixture.TODAY.plusDays(1))))
                .containsExactly("Alice", "Bob");
        assertThat(names(every(OVERDUE).of(OVERDUE))).as("without an instant: the reference day everywhere")
                .containsExactly("Alice");
    }

    private static ComplianceCriteria at(ComplianceFigure figure, String instant, LocalDate utcDay) {
        return new ComplianceCriteria(figure, List.of(), null, null, utcDay, null, null, Instant.parse(instant));
    }

    /** Each people and expiry figure, everywhere and in UNMISS, against its definition on the source rows. */
    private void matchesTheDefinitions() {
        for (ComplianceFigure figure : List.of(PEOPLE, COMPLIANT, NOT_COMPLIANT, OVERDUE, ARRIVED_WITHOUT_ATTESTATION,
                EXPIRING_90)) {
            for (ComplianceCriteria c : List.of(every(figure), unmiss(figure))) {
                assertThat(names(c)).as(figure + " " + c.visibleMissions()).containsExactlyElementsOf(definition(c));
            }
        }
    }

    /** The names the figure's definition designates, computed from assignments, records and learners. */
    private List<String> definition(ComplianceCriteria c) {
        String today = "date '" + c.today() + "'";
        String due = "coalesce(a.extended_to, case a.due_kind when 'ABSOLUTE' then a.due_date"
                + " when 'DAYS_AFTER_ARRIVAL' then l.arrival_date + a.due_days"
                + " when 'DAYS_BEFORE_DEPLOYMENT' then l.deployment_date - a.due_days end)";
        String owes = "exists (select 1 from training.assignment a join training.assignment_rule r on r.id = a.rule_id"
                + " where a.status = 'ACTIVE' and a.learner_subject = l.subject and r.active = true";
        String scope = c.visibleMissions().isEmpty() ? "" : " and l.mission = '" + c.visibleMissions().get(0) + "'";
        String sql = switch (c.figure()) {
            case PEOPLE -> "select l.display_name from training.learner l where 1 = 1" + scope;
            case COMPLIANT -> "select l.display_name from training.learner l where not " + owes + ")" + scope;
            case NOT_COMPLIANT -> "select l.display_name from training.learner l where " + owes + ")" + scope;
            case OVERDUE -> "select l.display_name from training.learner l where " + owes + " and " + due + " < "
                    + today + ")" + scope;
            case ARRIVED_WITHOUT_ATTESTATION -> "select l.display_name from training.learner l where"
                    + " l.arrival_date <= " + today + " and not exists (select 1 from training.training_record t"
                    + " join training.course c on c.id = t.course_id where t.learner_subject = l.subject"
                    + " and t.method = 'ATTESTATION' and c.phase = 'PRE_DEPLOYMENT')" + scope;
            default -> "select cert.holder_name from training.certificate cert join training.learner l"
                    + " on l.subject = cert.learner_subject where cert.expires_on >= " + today
                    + " and cert.expires_on <= date '" + c.expiryLimit() + "'" + scope;
        };
        return unit.inTransaction((EntityManager em) -> em.createNativeQuery(sql + " order by 1").getResultList()
                .stream().map(Object::toString).toList());
    }

    private static ComplianceCriteria every(ComplianceFigure figure) {
        return new ComplianceCriteria(figure, List.of(), null, null, ComplianceFixture.TODAY, null, null);
    }

    private static ComplianceCriteria unmiss(ComplianceFigure figure) {
        return new ComplianceCriteria(figure, List.of("UNMISS"), null, null, ComplianceFixture.TODAY, null, null);
    }

    private List<ComplianceRow> rows(ComplianceCriteria c) {
        return unit.inTransaction((EntityManager em) -> {
            JpaComplianceRepository repository = new JpaComplianceRepository();
            repository.em = em;
            List<ComplianceRow> rows = new ArrayList<>(repository.page(c, ComplianceOrder.NAME, true, 0, 100));
            assertThat(repository.count(c)).as(c.figure() + " figure equals its list").isEqualTo(rows.size());
            return rows;
        });
    }

    private List<String> names(ComplianceCriteria c) {
        return rows(c).stream().map(ComplianceRow::name).toList();
    }

    private void change(Consumer<EntityManager> work) {
        unit.inTransaction((EntityManager em) -> {
            work.accept(em);
            return null;
        });
    }

    private static JpaLearnerRepository learners(EntityManager em) {
        return withEm(new JpaLearnerRepository(), em);
    }

    private static JpaAssignmentRepository assignments(EntityManager em) {
        return withEm(new JpaAssignmentRepository(), em);
    }

    private static JpaRecordRepository records(EntityManager em) {
        return withEm(new JpaRecordRepository(), em);
    }

    private static JpaAttestationRepository attestations(EntityManager em) {
        return withEm(new JpaAttestationRepository(), em);
    }

    /** The repositories' persistence context is injected by the container: here, set by hand. */
}
