package org.peaceops.intranet.training.application;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A roster as it goes into a file: the column names in the reader's language (the roster's own eight,
 * then those another part of training adds, such as the e-learning standing), the rows, and per person
 * the cells of those added columns (a person without them gets blanks). A number stays a number in XLSX.
 *
 * @param added the added columns' cells by learner subject, {@code addedColumns} each
 */
public record RosterTable(List<String> headers, List<RosterRow> rows, int addedColumns,
        Map<String, List<Object>> added) {

    /** The roster's own columns, in the order the files write them. */
    public static final int OWN_COLUMNS = 8;

    public RosterTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        added = Map.copyOf(added);
        if (headers.size() != OWN_COLUMNS + addedColumns) {
            throw new IllegalArgumentException(headers.size() + " headers for " + (OWN_COLUMNS + addedColumns) + " columns");
        }
        added.values().forEach(cells -> {
            if (cells.size() != addedColumns) {
                throw new IllegalArgumentException(cells.size() + " added cells, not " + addedColumns);
            }
        });
    }

    /** The roster's own columns only. */
    public static RosterTable of(List<String> headers, List<RosterRow> rows) {
        return new RosterTable(headers, rows, 0, Map.of());
    }

    /** The added cells of the person, blanks when they have none. */
    public List<Object> addedCells(RosterRow row) {
        List<Object> cells = added.get(Objects.requireNonNull(row).subject());
        return cells != null ? cells : java.util.Collections.<Object>nCopies(addedColumns, "");
    }
}
