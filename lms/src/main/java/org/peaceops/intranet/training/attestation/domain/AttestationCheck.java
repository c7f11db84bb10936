package org.peaceops.intranet.training.attestation.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.PersonnelCategory;

/**
 * The line-by-line check of an attestation file, fed one row at a time as the file streams: every
 * problem of every line is found (not only the first), lines that pass go to the sink. Rows are
 * looked up in chunks ({@link #CHUNK}), so memory holds one chunk plus one key per line seen (for
 * duplicates within the file), never the file.
 */
public final class AttestationCheck implements Consumer<AttestationRow> {

    /** Rows looked up together. */
    static final int CHUNK = 500;
    /** Bad lines kept for the report; the count goes on past it. */
    public static final int REPORTED_LINES = 5_000;

    /** What a spreadsheet reads as a formula when the value is opened or exported again. */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");

    private final AttestationFacts facts;
    private final LocalDate today;
    private final MissionScope scope;
    private final boolean createLearners;
    private final Consumer<CheckedLine> sink;

    private final Map<String, Optional<CourseFacts>> courses = new HashMap<>();
    private final Map<AttestationKey, Integer> seen = new HashMap<>();
    private final Set<String> newPeople = new HashSet<>();
    private final List<AttestationRow> pending = new ArrayList<>(CHUNK);
    private final List<LineReport> reported = new ArrayList<>();
    private int lines;
    private int badLines;

    /**
     * @param today the day in the mission: a completion after it is in the future
     * @param scope the missions the trainer manages: people elsewhere are not theirs to attest
     * @param createLearners whether unknown people become learner records (else each is a bad line)
     * @param sink receives each line that passes, in file order
     */
    public AttestationCheck(AttestationFacts facts, LocalDate today, MissionScope scope, boolean createLearners,
            Consumer<CheckedLine> sink) {
        this.facts = facts;
        this.today = today;
        this.scope = scope;
        this.createLearners = createLearners;
        this.sink = sink;
    }

    @Override
    public void accept(AttestationRow row) {
        pending.add(row);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    /** Checks what is left and says how the whole file fared. */
    public ImportReport finish() {
        flush();
        return new ImportReport(lines, badLines, reported, newPeople.size());
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Parsed> parsed = pending.stream().map(this::parse).toList();
        Map<String, PersonFacts> people = facts.people(parsed.stream().map(p -> p.personId).filter(id -> !id.isEmpty())
                .distinct().toList());
        Set<AttestationKey> attested = facts.alreadyAttested(parsed.stream().map(Parsed::key)
                .filter(java.util.Objects::nonNull).toList());
        for (Parsed p : parsed) {
            finishLine(p, people, attested);
        }
        pending.clear();
    }

    private void finishLine(Parsed p, Map<String, PersonFacts> people, Set<AttestationKey> attested) {
        lines++;
        boolean newPerson = false;
        if (!p.personId.isEmpty() && !p.problems.stream().anyMatch(x -> x.column() == Column.PERSON_ID)) {
            PersonFacts person = people.get(p.personId);
            if (person == null) {
                newPerson = true;
                if (!createLearners) {
                    p.problems.add(new Problem(Problem.Kind.UNKNOWN_PERSON, Column.PERSON_ID, p.personId));
                }
            } else if (!scope.includes(person.mission())) {
                p.problems.add(new Problem(Problem.Kind.PERSON_OUT_OF_SCOPE, Column.PERSON_ID, person.mission()));
            }
        }
        AttestationKey key = p.key();
        if (key != null) {
            Integer earlier = seen.putIfAbsent(key, p.row.line());
            if (earlier != null) {
                p.problems.add(new Problem(Problem.Kind.DUPLICATE_IN_FILE, null, String.valueOf(earlier)));
            } else if (attested.contains(key)) {
                p.problems.add(new Problem(Problem.Kind.ALREADY_RECORDED, null, p.completedOn.toString()));
            }
        }
        if (!p.problems.isEmpty()) {
            badLines++;
            if (reported.size() < REPORTED_LINES) {
                reported.add(new LineReport(p.row.line(), p.personId, p.row.cell(Column.COURSE_CODE).strip(), p.problems));
            }
            return;
        }
        if (newPerson) {
            newPeople.add(p.personId);
        }
        sink.accept(new CheckedLine(p.row.line(), p.personId, p.row.cell(Column.NAME).strip(), p.category,
                p.row.cell(Column.COUNTRY).strip(), p.course, p.completedOn, p.row.cell(Column.TRAINING_CENTRE).strip(),
                newPerson));
    }

    /** The checks one line can answer alone: each cell's content, the category, the course, the date. */
    private Parsed parse(AttestationRow row) {
        Parsed p = new Parsed(row);
        for (Column column : Column.values()) {
            String value = row.cell(column);
            if (value.isBlank()) {
                p.problems.add(new Problem(Problem.Kind.MISSING_VALUE, column, ""));
            } else if (FORMULA.matcher(value).matches()) {
                p.problems.add(new Problem(Problem.Kind.FORMULA, column, shorten(value)));
            } else if (CONTROL.matcher(value).find()) {
                p.problems.add(new Problem(Problem.Kind.CONTROL_CHARACTERS, column, shorten(value)));
            } else if (value.strip().length() > column.maxLength()) {
                p.problems.add(new Problem(Problem.Kind.TOO_LONG, column, String.valueOf(column.maxLength())));
            }
        }
        p.personId = clean(p, row, Column.PERSON_ID);
        String categoryCode = clean(p, row, Column.CATEGORY);
        if (!categoryCode.isEmpty()) {
            p.category = PersonnelCategory.fromCode(categoryCode).orElse(null);
            if (p.category == null) {
                p.problems.add(new Problem(Problem.Kind.UNKNOWN_CATEGORY, Column.CATEGORY, categoryCode));
            }
        }
        String code = clean(p, row, Column.COURSE_CODE);
        if (!code.isEmpty()) {
            p.course = courses.computeIfAbsent(code, facts::publishedCourse).orElse(null);
            if (p.course == null) {
                p.problems.add(new Problem(Problem.Kind.UNKNOWN_COURSE, Column.COURSE_CODE, code));
            } else if (p.category != null && !p.course.admits(p.category)) {
                p.problems.add(new Problem(Problem.Kind.CATEGORY_NOT_ALLOWED, Column.CATEGORY, p.category.code()));
            }
        }
        String date = clean(p, row, Column.COMPLETED_ON);
        if (!date.isEmpty()) {
            try {
                p.completedOn = LocalDate.parse(date);
                if (p.completedOn.isAfter(today)) {
                    p.problems.add(new Problem(Problem.Kind.FUTURE_DATE, Column.COMPLETED_ON, date));
                }
            } catch (DateTimeParseException e) {
                p.problems.add(new Problem(Problem.Kind.BAD_DATE, Column.COMPLETED_ON, date));
            }
        }
        return p;
    }

    /** The value stripped, or empty when the cell already has a problem (nothing more to say of it). */
    private static String clean(Parsed p, AttestationRow row, Column column) {
        boolean bad = p.problems.stream().anyMatch(x -> x.column() == column);
        return bad ? "" : row.cell(column).strip();
    }

    private static String shorten(String value) {
        String visible = value.replaceAll("\\p{Cc}", "\u2423");
        return visible.length() > 40 ? visible.substring(0, 40) + "\u2026" : visible;
    }

    private static final class Parsed {
        final AttestationRow row;
        final List<Problem> problems = new ArrayList<>();
        String personId = "";
        PersonnelCategory category;
        CourseFacts course;
        LocalDate completedOn;

        Parsed(AttestationRow row) {
            this.row = row;
        }

        AttestationKey key() {
            return personId.isEmpty() || course == null || completedOn == null ? null
                    : new AttestationKey(personId, course.courseId(), completedOn);
        }
    }
}
