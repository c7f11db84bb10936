package org.peaceops.intranet.documents.application.diff;

import java.io.Serializable;
import java.util.List;

/** The comparison of two versions' texts, or why there is none. */
public class TextComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why the rows are missing or partial; the page shows one message per outcome. */
    public enum Outcome { COMPARED, LEFT_WITHOUT_TEXT, RIGHT_WITHOUT_TEXT, BOTH_WITHOUT_TEXT, TOO_DIFFERENT }

    private final int from;
    private final int to;
    private final Outcome outcome;
    private final List<DiffRow> rows;
    private final boolean partial;

    private TextComparison(int from, int to, Outcome outcome, List<DiffRow> rows, boolean partial) {
        this.from = from;
        this.to = to;
        this.outcome = outcome;
        this.rows = List.copyOf(rows);
        this.partial = partial;
    }

    static TextComparison of(int from, int to, List<DiffRow> rows, boolean partial) {
        return new TextComparison(from, to, Outcome.COMPARED, rows, partial);
    }

    static TextComparison withoutText(int from, int to, boolean leftMissing, boolean rightMissing) {
        Outcome outcome = leftMissing && rightMissing ? Outcome.BOTH_WITHOUT_TEXT
                : leftMissing ? Outcome.LEFT_WITHOUT_TEXT : Outcome.RIGHT_WITHOUT_TEXT;
        return new TextComparison(from, to, outcome, List.of(), false);
    }

    static TextComparison tooDifferent(int from, int to) {
        return new TextComparison(from, to, Outcome.TOO_DIFFERENT, List.of(), false);
    }

    public int getFrom() {
        return from;
    }

    public int getTo() {
        return to;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public List<DiffRow> getRows() {
        return rows;
    }

    /** Whether only the beginning of a very long text was compared. */
    public boolean isPartial() {
        return partial;
    }

    public boolean isIdentical() {
        return outcome == Outcome.COMPARED && rows.stream().allMatch(r -> r.kind() == DiffRow.Kind.SAME
                || r.kind() == DiffRow.Kind.FOLDED);
    }
}
