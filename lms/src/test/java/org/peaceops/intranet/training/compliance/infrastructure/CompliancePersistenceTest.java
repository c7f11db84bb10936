package org.peaceops.intranet.training.compliance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.intranet.training.compliance.domain.ComplianceFigure.*;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.training.compliance.domain.ComplianceCriteria;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigures.CountryGap;
import org.peaceops.intranet.training.compliance.domain.ComplianceOrder;
import org.peaceops.intranet.training.compliance.domain.ComplianceRow;

/**
 * The compliance statements on the Flyway schema in H2 (PostgreSQL mode), against a world counted by hand
 * ({@link ComplianceFixture}): each figure is the hand count, and equals the length of its drill-down.
 */
class CompliancePersistenceTest {

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, "training", "training", "WARNING");
        unit.inTransaction(em -> {
            ComplianceFixture.write(em);
            return null;
        });
    }

    @AfterEach
    void close() {
        unit.close();
    }

    private <T> T read(Function<JpaComplianceRepository, T> work) {
        return unit.inTransaction((EntityManager em) -> {
            JpaComplianceRepository repository = new JpaComplianceRepository();
            repository.em = em;
            return work.apply(repository);
        });
    }

    private static ComplianceCriteria every(ComplianceFigure figure) {
        return new ComplianceCriteria(figure, List.of(), null, null, ComplianceFixture.TODAY,
                figure == COMPLETED_IN_MONTH ? YearMonth.of(2026, 12) : null, null);
    }

    private long count(ComplianceCriteria c) {
        return read(r -> r.count(c));
    }

    private List<ComplianceRow> page(ComplianceCriteria c, ComplianceOrder order, boolean asc, int first, int max) {
        return read(r -> r.page(c, order, asc, first, max));
    }

    private List<String> names(ComplianceCriteria c) {
        return read(r -> r.page(c, ComplianceOrder.NAME, true, 0, 100)).stream().map(ComplianceRow::name).toList();
    }

    private void hasExactly(ComplianceCriteria c, String... people) {
        assertThat(names(c)).as(c.figure() + " list").containsExactly(people);
        assertThat(count(c)).as(c.figure() + " figure equals its list").isEqualTo(people.length);
        List<ComplianceRow> exported = new ArrayList<>();
        read(r -> {
            r.each(c, ComplianceOrder.NAME, true, exported::add);
            return null;
        });
        assertThat(exported).as(c.figure() + " export").hasSize(people.length);
    }

    @Test
    void everyMissionFigureIsTheHandCountAndTheLengthOfItsList() {
        hasExactly(every(PEOPLE), "Alice", "Bob", "Carol", "Dan", "Eve", "Frank");
        hasExactly(every(COMPLIANT), "Dan", "Frank");
        hasExactly(every(NOT_COMPLIANT), "Alice", "Bob", "Carol", "Eve");
        hasExactly(every(OVERDUE), "Alice");
        hasExactly(every(EXPIRING_30), "Alice", "Dan");
        hasExactly(every(EXPIRING_60), "Alice", "Bob", "Dan");
        hasExactly(every(EXPIRING_90), "Alice", "Bob", "Dan", "Frank");
        hasExactly(every(COMPLETED_IN_MONTH), "Alice");
        hasExactly(every(ARRIVED_WITHOUT_ATTESTATION), "Alice", "Bob", "Eve");
    }

    @Test
    void lateInTheUtcDayOverdueIsCountedOnEachMissionsOwnDay() {
        // 22:30 UTC: UNMISS is on 8 December already, headquarters still on the 7th, so the query compares
        // each person's due date with their mission's day (the SQL's case over missions)
        ComplianceCriteria late = new ComplianceCriteria(OVERDUE, List.of(), null, null, ComplianceFixture.TODAY, null, null,
                java.time.Instant.parse("2026-12-07T22:30:00Z"));
        assertThat(late.missionsOnAnotherDay()).isNotEmpty();
        hasExactly(late, "Alice");
        hasExactly(late.of(PEOPLE), "Alice", "Bob", "Carol", "Dan", "Eve", "Frank");
    }

    @Test
    void aMissionTrainerCountsOnlyTheirMissionAndTheFiltersNarrowTheSameWay() {
        ComplianceCriteria unmiss = new ComplianceCriteria(PEOPLE, List.of("UNMISS"), null, null,
                ComplianceFixture.TODAY, null, null);
        hasExactly(unmiss, "Alice", "Bob", "Carol");
        hasExactly(unmiss.of(COMPLIANT));
        hasExactly(unmiss.of(OVERDUE), "Alice");
        hasExactly(unmiss.of(EXPIRING_90), "Alice", "Bob");
        hasExactly(unmiss.inMonth(YearMonth.of(2026, 11)), "Bob");
        ComplianceCriteria military = new ComplianceCriteria(PEOPLE, List.of(), null, "military",
                ComplianceFixture.TODAY, null, null);
        hasExactly(military, "Alice", "Dan");
        hasExactly(military.of(COMPLIANT), "Dan");
        ComplianceCriteria minusca = new ComplianceCriteria(PEOPLE, List.of(), "MINUSCA", null,
                ComplianceFixture.TODAY, null, null);
        hasExactly(minusca.of(NOT_COMPLIANT), "Eve");
        ComplianceCriteria otherTrainer = new ComplianceCriteria(PEOPLE, List.of("UNMISS"), "MINUSCA", null,
                ComplianceFixture.TODAY, null, null);
        hasExactly(otherTrainer);
    }

    @Test
    void theTrendCountsEachMonthOfTheWindowAsItsDrillDownDoes() {
        ComplianceCriteria base = every(PEOPLE);
        Map<YearMonth, Long> perMonth = this.<Map<YearMonth, Long>>read(r -> r.completionsPerMonth(base, YearMonth.of(2025, 1), YearMonth.of(2026, 12)));

        assertThat(perMonth).containsOnly(Map.entry(YearMonth.of(2025, 1), 1L), Map.entry(YearMonth.of(2026, 2), 1L),
                Map.entry(YearMonth.of(2026, 11), 1L), Map.entry(YearMonth.of(2026, 12), 1L));
        perMonth.forEach((month, n) -> assertThat(count(base.inMonth(month))).as(month.toString()).isEqualTo(n));
        hasExactly(base.inMonth(YearMonth.of(2024, 12)), "Eve");
    }

    @Test
    void aRecordAddedThroughTheRepositoryMovesTheTrendAndItsDrillDownTogether() {
        unit.inTransaction(em -> {
            org.peaceops.intranet.training.domain.Course course = new org.peaceops.intranet.training.domain.Course(
                    "NEW", "New course", null, org.peaceops.intranet.training.domain.TrainingPhase.IN_MISSION);
            course.ownedBy("trainer", "HQ");
            em.persist(course);
            var version = course.openDraft();
            version.addLesson(version.addModule("M"), "L", "<p>x</p>");
            course.publish(java.time.Instant.parse("2026-11-01T00:00:00Z"), "trainer");
            em.flush();
            var bob = em.find(org.peaceops.intranet.training.domain.Learner.class, "s-bob");
            var records = new org.peaceops.intranet.training.infrastructure.JpaRecordRepository();
            try {
                var f = records.getClass().getDeclaredField("em");
                f.setAccessible(true);
                f.set(records, em);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            var current = course.currentVersion().orElseThrow();
            var lessons = current.lessons().stream().map(org.peaceops.intranet.training.domain.Lesson::getId)
                    .collect(java.util.stream.Collectors.toSet());
            records.add(org.peaceops.intranet.training.domain.TrainingRecord.fromLearning(bob, current, lessons,
                    java.util.Optional.empty(), java.time.Instant.parse("2026-12-05T08:00:00Z")));
            return null;
        });
        ComplianceCriteria unmiss = new ComplianceCriteria(PEOPLE, List.of("UNMISS"), null, null,
                ComplianceFixture.TODAY, null, null);
        Map<YearMonth, Long> perMonth = this.<Map<YearMonth, Long>>read(r -> r.completionsPerMonth(unmiss,
                YearMonth.of(2025, 1), YearMonth.of(2026, 12)));

        assertThat(perMonth).containsEntry(YearMonth.of(2026, 12), 2L).containsEntry(YearMonth.of(2026, 11), 1L);
        hasExactly(unmiss.inMonth(YearMonth.of(2026, 12)), "Alice", "Bob");
    }

    @Test
    void theGapReportGroupsArrivalsWithoutAVerifiedAttestationByCountryAndEachCountryDrillsDown() {
        List<CountryGap> gaps = this.<List<CountryGap>>read(r -> r.gapsByCountry(every(PEOPLE)));

        assertThat(gaps).containsExactlyInAnyOrder(new CountryGap("-", 1), new CountryGap("Ghana", 1),
                new CountryGap("Rwanda", 1));
        hasExactly(every(PEOPLE).ofCountry("Ghana"), "Bob");
        hasExactly(every(PEOPLE).ofCountry(ComplianceCriteria.NO_COUNTRY), "Alice");
        List<ComplianceRow> rwanda = page(every(PEOPLE).ofCountry("Rwanda"), ComplianceOrder.NAME, true, 0, 10);
        assertThat(rwanda).extracting(ComplianceRow::country).containsExactly("Rwanda");
    }

    @Test
    void listsPageAndSortInTheDatabase() {
        assertThat(page(every(PEOPLE), ComplianceOrder.NAME, false, 1, 2)).extracting(ComplianceRow::name)
                .containsExactly("Eve", "Dan");
        assertThat(page(every(EXPIRING_90), ComplianceOrder.DATE, true, 0, 10))
                .extracting(ComplianceRow::name).containsExactly("Dan", "Alice", "Bob", "Frank");
        assertThat(page(every(PEOPLE), ComplianceOrder.MISSION, true, 0, 1))
                .extracting(ComplianceRow::mission).containsExactly("HQ");
    }
}
