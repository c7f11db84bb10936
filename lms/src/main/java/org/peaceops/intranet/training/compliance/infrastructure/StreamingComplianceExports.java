package org.peaceops.intranet.training.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.peaceops.intranet.training.compliance.application.ComplianceExports;

/**
 * CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read the accents) and XLSX through POI's
 * streaming workbook (a window of rows in memory, the rest flushed to a temporary file), so a list of
 * 110,000 people exports in constant memory. A CSV cell that a spreadsheet would run as a formula is
 * quoted with a leading apostrophe.
 */
@ApplicationScoped
public class StreamingComplianceExports implements ComplianceExports {

    /** Rows POI keeps in memory before flushing them. */
    static final int WINDOW = 200;

    @Override
    public void write(Format format, String sheet, List<String> headers, Consumer<Consumer<List<String>>> rows,
            OutputStream out) throws IOException {
        if (format == Format.CSV) {
            csv(headers, rows, out);
        } else {
            xlsx(sheet, headers, rows, out);
        }
    }

    private static void csv(List<String> headers, Consumer<Consumer<List<String>>> rows, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        line(w, headers);
        try {
            rows.accept(cells -> {
                try {
                    line(w, cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static void xlsx(String name, List<String> headers, Consumer<Consumer<List<String>>> rows,
            OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = book.createSheet(name);
            int[] next = {0};
            cells(sheet.createRow(next[0]++), headers);
            rows.accept(cells -> cells(sheet.createRow(next[0]++), cells));
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }

    private static void cells(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
        }
    }
}
