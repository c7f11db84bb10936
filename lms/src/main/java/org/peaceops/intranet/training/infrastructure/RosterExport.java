package org.peaceops.intranet.training.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.peaceops.intranet.training.application.RosterRow;
import org.peaceops.intranet.training.application.RosterTable;

/**
 * A course roster as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents) or
 * XLSX (Apache POI's streaming workbook: rows go to a temporary file, not the heap). Cells that a
 * spreadsheet would run as a formula are neutralised. The headers come with the table, in the reader's
 * language; the roster's own columns first, then any added ones (the e-learning standing).
 */
public final class RosterExport {

    public static final List<String> HEADER = List.of("Name", "Mission", "Category", "Status", "Due date", "Completed (UTC)",
            "Course version", "Score %");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private RosterExport() {
    }

    /** The roster's own columns under their English names. */
    public static void csv(List<RosterRow> rows, OutputStream out) throws IOException {
        csv(RosterTable.of(HEADER, rows), out);
    }

    public static void csv(RosterTable table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, table.headers());
        for (RosterRow r : table.rows()) {
            List<String> values = new ArrayList<>(cells(r));
            table.addedCells(r).forEach(c -> values.add(text(c)));
            line(w, values);
        }
        w.flush();
    }

    /** The roster's own columns under their English names. */
    public static void xlsx(List<RosterRow> rows, OutputStream out) throws IOException {
        xlsx(RosterTable.of(HEADER, rows), out);
    }

    public static void xlsx(RosterTable table, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            Sheet sheet = book.createSheet("Roster");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            List<String> headers = table.headers();
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int n = 1;
            for (RosterRow r : table.rows()) {
                Row row = sheet.createRow(n++);
                List<String> values = cells(r);
                for (int i = 0; i < values.size(); i++) {
                    if (i >= 6 && !values.get(i).isEmpty()) {
                        row.createCell(i).setCellValue(Integer.parseInt(values.get(i)));
                    } else {
                        // setCellValue(String) stores text, never a formula: nothing to neutralise here.
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
                int i = values.size();
                for (Object added : table.addedCells(r)) {
                    if (added instanceof Number number) {
                        row.createCell(i++).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(i++).setCellValue(text(added));
                    }
                }
            }
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    /** An added cell as text: a decimal without trailing zeros, nothing for null. */
    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : cell.toString();
    }

    static List<String> cells(RosterRow r) {
        return List.of(r.name(), r.mission(), r.category(), r.status().name(),
                r.dueDate() == null ? "" : r.dueDate().toString(),
                r.completedAt() == null ? "" : WHEN.format(r.completedAt()),
                r.courseVersion() == null ? "" : String.valueOf(r.courseVersion()),
                r.scorePercent() == null ? "" : String.valueOf(r.scorePercent()));
    }

    private static void line(Writer w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvField(values.get(i)));
        }
        w.write("\r\n");
    }

    /** Quoted when needed; a leading =, +, - or @ gets a quote mark so no spreadsheet runs it. */
    static String csvField(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }
}
