package org.peaceops.intranet.toolbox.application.trends;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * A trend report as CSV (RFC 4180, UTF-8; the caller writes the byte order mark spreadsheets want):
 * one section per table, a blank line between: reports per month and type, totals by type, by mission,
 * by theme, and the frequent terms. Headings come from the caller in the reader's language.
 */
public final class TrendCsv {

    private TrendCsv() {
    }

    /**
     * Writes the report.
     *
     * @param labels headings by key: {@code perMonth, month, total, byType, type, reports, byMission, mission,
     *        byTheme, theme, terms, term}
     */
    public static void write(TrendReport report, Function<String, String> labels, Function<String, String> typeName, Writer out)
            throws IOException {
        write(report, labels, typeName, Function.identity(), out);
    }

    /**
     * Writes the report, themes by name.
     *
     * @param themeName the name of a thematic area (by code) in the reader's language
     */
    public static void write(TrendReport report, Function<String, String> labels, Function<String, String> typeName,
            Function<String, String> themeName, Writer out) throws IOException {
        row(out, labels.apply("perMonth"));
        StringBuilder header = new StringBuilder(cell(labels.apply("month")));
        report.perMonthByType().keySet().forEach(t -> header.append(',').append(cell(typeName.apply(t))));
        header.append(',').append(cell(labels.apply("total")));
        out.write(header + "\r\n");
        for (int i = 0; i < report.months().size(); i++) {
            StringBuilder line = new StringBuilder(report.months().get(i).toString());
            for (List<Long> series : report.perMonthByType().values()) {
                line.append(',').append(series.get(i));
            }
            line.append(',').append(report.perMonth().get(i));
            out.write(line + "\r\n");
        }
        section(out, labels.apply("byType"), labels.apply("type"), labels.apply("reports"), report.byType(), typeName);
        section(out, labels.apply("byMission"), labels.apply("mission"), labels.apply("reports"), report.byMission(),
                Function.identity());
        section(out, labels.apply("byTheme"), labels.apply("theme"), labels.apply("reports"), report.byTheme(),
                themeName);
        section(out, labels.apply("terms"), labels.apply("term"), labels.apply("reports"), report.frequentTerms(),
                Function.identity());
        out.flush();
    }

    private static void section(Writer out, String title, String what, String count, List<Count> counts,
            Function<String, String> name) throws IOException {
        out.write("\r\n");
        row(out, title);
        row(out, what, count);
        for (Count c : counts) {
            row(out, name.apply(c.value()), String.valueOf(c.count()));
        }
    }

    private static void row(Writer out, String... cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        out.write(line + "\r\n");
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
