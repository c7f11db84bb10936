package org.peaceops.intranet.training.attestation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.training.attestation.domain.Problem.Kind;

/** The line-by-line report: each kind of bad line found, every problem of a line, nothing passed on. */
class AttestationCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** A catalogue of two courses (one for police and military only), two known people, one attested line. */
    private static final class Facts implements AttestationFacts {
        final Map<String, CourseFacts> courses = Map.of(
                "PDT-CORE", CourseFacts.of(1, 11, "PDT-CORE", null),
                "POL-FPU", CourseFacts.of(2, 21, "POL-FPU", "Formed police units, military observers"));
        final Map<String, PersonFacts> people = Map.of(
                "UN-1", new PersonFacts("UN-1", "UNMISS"), "UN-9", new PersonFacts("UN-9", "MINUSCA"));
        final Set<AttestationKey> attested = Set.of(new AttestationKey("UN-1", 1, LocalDate.of(2026, 1, 10)));
        int peopleQueries;

        @Override
        public Optional<CourseFacts> publishedCourse(String code) {
            return Optional.ofNullable(courses.get(code));
        }

        @Override
        public Map<String, PersonFacts> people(Collection<String> ids) {
            peopleQueries++;
            Map<String, PersonFacts> found = new HashMap<>();
            ids.forEach(id -> Optional.ofNullable(people.get(id)).ifPresent(p -> found.put(id, p)));
            return found;
        }

        @Override
        public Set<AttestationKey> alreadyAttested(Collection<AttestationKey> keys) {
            Set<AttestationKey> found = new HashSet<>(keys);
            found.retainAll(attested);
            return found;
        }
    }

    private final Facts facts = new Facts();
    private final List<CheckedLine> passed = new ArrayList<>();

    private static AttestationRow row(int line, String... cells) {
        return new AttestationRow(line, List.of(cells));
    }

    private static AttestationRow good(int line, String person, String course, String date) {
        return row(line, person, "Aïcha Koné", "police", "SEN", course, date, "Dakar police school");
    }

    private ImportReport check(boolean createLearners, AttestationRow... rows) {
        AttestationCheck check = new AttestationCheck(facts, TODAY, MissionScope.of(List.of("UNMISS")), createLearners,
                passed::add);
        for (AttestationRow r : rows) {
            check.accept(r);
        }
        return check.finish();
    }

    private static Map<Integer, Set<Kind>> kinds(ImportReport report) {
        return report.problems().stream().collect(Collectors.toMap(LineReport::line,
                l -> l.problems().stream().map(Problem::kind).collect(Collectors.toSet())));
    }

    @Test
    void aCleanFilePassesEveryLineToTheSinkInDomainValues() {
        ImportReport report = check(false, good(2, "UN-1", "PDT-CORE", "2026-11-30"), good(3, "UN-1", "POL-FPU", "2026-11-30"));

        assertThat(report.isClean()).isTrue();
        assertThat(report.lines()).isEqualTo(2);
        assertThat(passed).extracting(CheckedLine::line).containsExactly(2, 3);
        assertThat(passed.get(1).course().versionId()).isEqualTo(21);
        assertThat(passed.get(0).completedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(passed.get(0).name()).isEqualTo("Aïcha Koné");
    }

    @Test
    void everyKindOfBadLineIsReportedOnItsOwnLineAndNothingPasses() {
        ImportReport report = check(false,
                good(2, "UN-1", "NO-SUCH", "2026-11-30"),
                good(3, "UN-404", "PDT-CORE", "2026-11-30"),
                good(4, "UN-1", "PDT-CORE", "2026-11-30"),
                good(5, "UN-1", "PDT-CORE", "2026-11-30"),
                good(6, "UN-1", "PDT-CORE", "2026-01-10"),
                good(7, "UN-1", "PDT-CORE", "30/11/2026"),
                good(8, "UN-1", "PDT-CORE", "2027-01-01"),
                row(9, "UN-1", "Aïcha Koné", "civilian", "SEN", "POL-FPU", "2026-11-30", "Dakar"),
                row(10, "UN-1", "=HYPERLINK(\"http://x\")", "police", "SEN", "PDT-CORE", "2026-11-29", "Dakar"),
                row(11, "UN-1", "Aïcha\u0000Koné", "police", "SEN", "PDT-CORE", "2026-11-28", "Dakar\r\nAnnex"),
                row(12, "UN-1", "Aïcha Koné", "marine", "", "PDT-CORE", "2026-11-27", "Dakar"),
                good(13, "UN-9", "PDT-CORE", "2026-11-30"),
                row(14, "UN-1", "x".repeat(300), "police", "SEN", "PDT-CORE", "2026-11-26", "@SUM(A1)"));

        Map<Integer, Set<Kind>> kinds = kinds(report);
        assertThat(kinds.get(2)).containsExactly(Kind.UNKNOWN_COURSE);
        assertThat(kinds.get(3)).containsExactly(Kind.UNKNOWN_PERSON);
        assertThat(kinds).doesNotContainKey(4);
        assertThat(kinds.get(5)).containsExactly(Kind.DUPLICATE_IN_FILE);
        assertThat(report.problems().stream().filter(l -> l.line() == 5).findFirst().orElseThrow().problems().get(0)
                .detail()).as("names the line it repeats").isEqualTo("4");
        assertThat(kinds.get(6)).containsExactly(Kind.ALREADY_RECORDED);
        assertThat(kinds.get(7)).containsExactly(Kind.BAD_DATE);
        assertThat(kinds.get(8)).containsExactly(Kind.FUTURE_DATE);
        assertThat(kinds.get(9)).containsExactly(Kind.CATEGORY_NOT_ALLOWED);
        assertThat(kinds.get(10)).containsExactly(Kind.FORMULA);
        assertThat(kinds.get(11)).as("every problem of the line, not the first").containsOnly(Kind.CONTROL_CHARACTERS)
                .hasSize(1);
        assertThat(report.problems().stream().filter(l -> l.line() == 11).findFirst().orElseThrow().problems())
                .extracting(Problem::column).containsExactlyInAnyOrder(Column.NAME, Column.TRAINING_CENTRE);
        assertThat(kinds.get(12)).containsExactlyInAnyOrder(Kind.UNKNOWN_CATEGORY, Kind.MISSING_VALUE);
        assertThat(kinds.get(13)).containsExactly(Kind.PERSON_OUT_OF_SCOPE);
        assertThat(kinds.get(14)).containsExactlyInAnyOrder(Kind.TOO_LONG, Kind.FORMULA);

        assertThat(report.badLines()).isEqualTo(12);
        assertThat(report.isClean()).isFalse();
        assertThat(passed).as("the one good line passed; the caller stores nothing of a file that is not clean")
                .extracting(CheckedLine::line).containsExactly(4);
    }

    @Test
    void unknownPeopleAreAcceptedWhenTheTrainerAsksForTheirLearnerRecordsToBeCreated() {
        ImportReport report = check(true, good(2, "UN-404", "PDT-CORE", "2026-11-30"),
                good(3, "UN-404", "POL-FPU", "2026-11-30"), good(4, "UN-1", "POL-FPU", "2026-11-30"));

        assertThat(report.isClean()).isTrue();
        assertThat(report.newPeople()).isEqualTo(1);
        assertThat(passed).extracting(CheckedLine::newPerson).containsExactly(true, true, false);
    }

    @Test
    void aFileIsLookedUpInChunksAndItsDuplicatesAreFoundAcrossChunks() {
        List<AttestationRow> rows = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            rows.add(good(i + 2, "UN-NEW", "PDT-CORE", TODAY.minusDays(1 + i).toString()));
        }
        rows.add(good(1_202, "UN-NEW", "PDT-CORE", TODAY.minusDays(1).toString()));

        ImportReport report = check(true, rows.toArray(AttestationRow[]::new));

        assertThat(facts.peopleQueries).isEqualTo(3);
        assertThat(report.lines()).isEqualTo(1_201);
        assertThat(kinds(report)).containsOnlyKeys(1_202);
    }

    @Test
    void anEmptyFileIsNoBatch() {
        assertThat(check(false).isClean()).isFalse();
    }

    @Test
    void aCourseAudienceNamesTheCategoriesItAdmits() {
        assertThat(CourseFacts.of(1, 1, "X", "Police, military observers").categories()).hasSize(2);
        assertThat(CourseFacts.of(1, 1, "X", "managers").admits(org.peaceops.intranet.shared.PersonnelCategory.VOLUNTEER))
                .as("no category named: all admitted").isTrue();
        assertThat(CourseFacts.of(1, 1, "X", "UN volunteers").admits(org.peaceops.intranet.shared.PersonnelCategory.CIVILIAN))
                .isFalse();
    }
}
