package org.peaceops.intranet.documents.application.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The shortest line edit script between two texts (Myers' O((N+M)D) algorithm), turned into side-by-side
 * rows: equal lines on both sides, changed lines paired, removed and added lines on their own side.
 * Refuses (empty result) when the texts differ in more than {@code maxEdits} lines, which bounds both time
 * and the memory of the trace (about maxEdits² integers).
 */
public final class LineDiff {

    private final int maxEdits;

    public LineDiff(int maxEdits) {
        this.maxEdits = maxEdits;
    }

    /** The rows of the comparison, or empty when the texts are too different to compare line by line. */
    public Optional<List<DiffRow>> compare(List<String> left, List<String> right) {
        int prefix = 0;
        while (prefix < left.size() && prefix < right.size() && left.get(prefix).equals(right.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < left.size() - prefix && suffix < right.size() - prefix
                && left.get(left.size() - 1 - suffix).equals(right.get(right.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> a = left.subList(prefix, left.size() - suffix);
        List<String> b = right.subList(prefix, right.size() - suffix);
        Optional<List<Op>> middle = script(a, b);
        if (middle.isEmpty()) {
            return Optional.empty();
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            ops.add(new Op(Kind.EQUAL, i, i));
        }
        for (Op op : middle.get()) {
            ops.add(new Op(op.kind, op.left < 0 ? -1 : op.left + prefix, op.right < 0 ? -1 : op.right + prefix));
        }
        for (int i = 0; i < suffix; i++) {
            ops.add(new Op(Kind.EQUAL, left.size() - suffix + i, right.size() - suffix + i));
        }
        return Optional.of(rows(ops, left, right));
    }

    private enum Kind { EQUAL, DELETE, INSERT }

    private record Op(Kind kind, int left, int right) {
    }

    private Optional<List<Op>> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= Math.min(n + m, maxEdits) && found < 0; d++) {
            int[] prev = d == 0 ? null : trace.get(d - 1);
            int[] cur = new int[2 * d + 1];
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (d == 0) {
                    x = 0;
                } else if (k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1])) {
                    x = prev[k + 1 + d - 1];
                } else {
                    x = prev[k - 1 + d - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                cur[k + d] = x;
                if (x >= n && y >= m) {
                    found = d;
                }
            }
            trace.add(cur);
        }
        if (found < 0) {
            return Optional.empty();
        }
        return Optional.of(backtrack(trace, found, n, m));
    }

    private static List<Op> backtrack(List<int[]> trace, int edits, int n, int m) {
        List<Op> ops = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = edits; d > 0; d--) {
            int[] prev = trace.get(d - 1);
            int k = x - y;
            int prevK = (k == -d || (k != d && prev[k - 1 + d - 1] < prev[k + 1 + d - 1])) ? k + 1 : k - 1;
            int prevX = prev[prevK + d - 1];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                ops.add(new Op(Kind.EQUAL, --x, --y));
            }
            if (prevK == k + 1) {
                ops.add(new Op(Kind.INSERT, -1, --y));
            } else {
                ops.add(new Op(Kind.DELETE, --x, -1));
            }
        }
        while (x > 0 && y > 0) {
            ops.add(new Op(Kind.EQUAL, --x, --y));
        }
        Collections.reverse(ops);
        return ops;
    }

    /** Pairs each run of removals with the run of additions that follows it: a changed block reads across. */
    private static List<DiffRow> rows(List<Op> ops, List<String> left, List<String> right) {
        List<DiffRow> rows = new ArrayList<>();
        int i = 0;
        while (i < ops.size()) {
            Op op = ops.get(i);
            if (op.kind == Kind.EQUAL) {
                rows.add(DiffRow.same(op.left + 1, left.get(op.left), op.right + 1));
                i++;
                continue;
            }
            List<Op> removed = new ArrayList<>();
            List<Op> added = new ArrayList<>();
            while (i < ops.size() && ops.get(i).kind != Kind.EQUAL) {
                (ops.get(i).kind == Kind.DELETE ? removed : added).add(ops.get(i));
                i++;
            }
            for (int j = 0; j < Math.max(removed.size(), added.size()); j++) {
                Op l = j < removed.size() ? removed.get(j) : null;
                Op r = j < added.size() ? added.get(j) : null;
                rows.add(DiffRow.changed(l == null ? 0 : l.left + 1, l == null ? null : left.get(l.left),
                        r == null ? 0 : r.right + 1, r == null ? null : right.get(r.right)));
            }
        }
        return rows;
    }
}
