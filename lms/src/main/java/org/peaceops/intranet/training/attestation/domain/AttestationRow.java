package org.peaceops.intranet.training.attestation.domain;

import java.util.List;

/**
 * One line of an attestation file as read, before any check: its number in the file (the header is
 * line 1) and its cells in {@link Column} order, blank cells as empty strings.
 */
public record AttestationRow(int line, List<String> cells) {

    public AttestationRow {
        cells = List.copyOf(cells);
    }

    public String cell(Column column) {
        return column.ordinal() < cells.size() ? cells.get(column.ordinal()) : "";
    }
}
