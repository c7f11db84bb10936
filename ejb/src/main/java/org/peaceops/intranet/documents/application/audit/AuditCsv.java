package org.peaceops.intranet.documents.application.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * Audit lines as CSV (RFC 4180: every cell quoted, quotes doubled, CRLF line ends). A cell that a
 * spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage return) gets a
 * leading apostrophe: the export is opened in Excel by people who did not write what is in it.
 */
public final class AuditCsv {

    static final String HEADER = row("id", "occurred_at_utc", "actor", "action", "target_type", "target_id", "detail");

    private AuditCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(HEADER);
    }

    static void write(AuditLine line, Writer out) throws IOException {
        out.write(row(Long.toString(line.id()), DateTimeFormatter.ISO_INSTANT.format(line.occurredAt()), line.actor(),
                line.action(), line.targetType(), line.targetId(), line.detail()));
    }

    static String row(String... cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(cell(cells[i]));
        }
        return row.append("\r\n").toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "\"\"";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
