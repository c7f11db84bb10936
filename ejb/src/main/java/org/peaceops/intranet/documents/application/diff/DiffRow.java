package org.peaceops.intranet.documents.application.diff;

import java.io.Serializable;

/**
 * One row of a side-by-side comparison. A line number of 0 means the side has no line there (an addition
 * has no left line). A {@link Kind#FOLDED} row stands for {@code folded} unchanged lines not shown.
 */
public record DiffRow(Kind kind, int leftNumber, String leftText, int rightNumber, String rightText, int folded)
        implements Serializable {

    public enum Kind { SAME, CHANGED, REMOVED, ADDED, FOLDED }

    static DiffRow same(int leftNumber, String text, int rightNumber) {
        return new DiffRow(Kind.SAME, leftNumber, text, rightNumber, text, 0);
    }

    static DiffRow changed(int leftNumber, String leftText, int rightNumber, String rightText) {
        Kind kind = leftText == null ? Kind.ADDED : rightText == null ? Kind.REMOVED : Kind.CHANGED;
        return new DiffRow(kind, leftNumber, leftText, rightNumber, rightText, 0);
    }

    static DiffRow folded(int lines) {
        return new DiffRow(Kind.FOLDED, 0, null, 0, null, lines);
    }

    /** For pages: {@code same}, {@code changed}, ... as a CSS class. */
    public String getCssClass() {
        return "diff-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    public Kind getKind() {
        return kind;
    }

    public int getLeftNumber() {
        return leftNumber;
    }

    public String getLeftText() {
        return leftText;
    }

    public int getRightNumber() {
        return rightNumber;
    }

    public String getRightText() {
        return rightText;
    }

    public int getFolded() {
        return folded;
    }
}
