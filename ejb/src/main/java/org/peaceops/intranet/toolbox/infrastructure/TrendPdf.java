package org.peaceops.intranet.toolbox.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.peaceops.intranet.toolbox.application.trends.Count;
import org.peaceops.intranet.toolbox.application.trends.TrendDocuments;
import org.peaceops.intranet.toolbox.application.trends.TrendReport;

/**
 * The trend report as an A4 PDF (PDFBox): title and period, reports per month drawn as bars
 * stacked by report type with a legend, totals by type and by mission as horizontal bars, and the most
 * frequent terms, then the totals by theme (on a second page when the first is full). Set in DejaVu Sans, embedded as the certificates are, so French labels and any
 * mission or term print as written; a character the font lacks prints as "?".
 */
@ApplicationScoped
public class TrendPdf implements TrendDocuments {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR_TTF = font("DejaVuSans.ttf");
    private static final byte[] BOLD_TTF = font("DejaVuSans-Bold.ttf");
    private static final float[][] COLOURS = {{0.12f, 0.36f, 0.6f}, {0.7f, 0.42f, 0f}, {0.18f, 0.49f, 0.2f},
        {0.56f, 0.14f, 0.67f}, {0.78f, 0.16f, 0.16f}, {0f, 0.51f, 0.56f}};
    private static final float MARGIN = 50;
    /** A long list of terms or missions would run off the page: the first ones tell the story. */
    static final int MAX_ROWS = 12;

    private record Fonts(PDFont regular, PDFont bold) {
    }

    @Override
    public void pdf(TrendReport report, Function<String, String> labels, Function<String, String> typeName,
            Function<String, String> themeName, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            pdf.getDocumentInformation().setTitle(labels.apply("title"));
            pdf.getDocumentInformation().setCreator("Peace operations intranet");
            Fonts fonts = new Fonts(PDType0Font.load(pdf, new ByteArrayInputStream(REGULAR_TTF), true),
                    PDType0Font.load(pdf, new ByteArrayInputStream(BOLD_TTF), true));
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            PDPageContentStream s = new PDPageContentStream(pdf, page);
            try {
                float y = page.getMediaBox().getHeight() - MARGIN;
                text(s, fonts.bold(), 18, MARGIN, y, labels.apply("title"));
                y -= 20;
                text(s, fonts.regular(), 10, MARGIN, y, labels.apply("period") + " " + report.query().from() + " – "
                        + report.query().to() + " · " + labels.apply("total") + ": " + report.total());
                y -= 30;
                text(s, fonts.bold(), 12, MARGIN, y, labels.apply("perMonth"));
                y = monthChart(s, fonts, report, typeName, MARGIN, y - 10, width, 160);
                y -= 24;
                text(s, fonts.bold(), 12, MARGIN, y, labels.apply("byType"));
                y = bars(s, fonts, report.byType(), typeName, MARGIN, y - 16, width);
                y -= 16;
                text(s, fonts.bold(), 12, MARGIN, y, labels.apply("byMission"));
                y = bars(s, fonts, report.byMission(), Function.identity(), MARGIN, y - 16, width);
                y -= 16;
                text(s, fonts.bold(), 12, MARGIN, y, labels.apply("terms"));
                y -= 16;
                List<Count> terms = report.frequentTerms().stream().limit(MAX_ROWS * 2L).toList();
                for (int i = 0; i < terms.size(); i += 2) {
                    text(s, fonts.regular(), 10, MARGIN, y, terms.get(i).value() + " (" + terms.get(i).count() + ")");
                    if (i + 1 < terms.size()) {
                        text(s, fonts.regular(), 10, MARGIN + width / 2, y,
                                terms.get(i + 1).value() + " (" + terms.get(i + 1).count() + ")");
                    }
                    y -= 14;
                }
                long rows = Math.min(MAX_ROWS, report.byTheme().size());
                if (y - 32 - 14 * rows < MARGIN) {
                    // no room left under the terms: the themes go on a page of their own
                    s.close();
                    PDPage next = new PDPage(PDRectangle.A4);
                    pdf.addPage(next);
                    s = new PDPageContentStream(pdf, next);
                    y = next.getMediaBox().getHeight() - MARGIN + 16;
                }
                y -= 16;
                text(s, fonts.bold(), 12, MARGIN, y, labels.apply("byTheme"));
                bars(s, fonts, report.byTheme(), themeName, MARGIN, y - 16, width);
            } finally {
                s.close();
            }
            pdf.save(out);
        }
    }

    /** Bars per month stacked by type, the month under each bar, a legend of the types below. */
    private static float monthChart(PDPageContentStream s, Fonts fonts, TrendReport report,
            Function<String, String> typeName, float x, float top, float width, float height) throws IOException {
        float bottom = top - height;
        long max = Math.max(1, report.perMonth().stream().mapToLong(Long::longValue).max().orElse(1));
        int months = report.months().size();
        float slot = width / months;
        s.setStrokingColor(0.4f, 0.4f, 0.4f);
        s.moveTo(x, bottom);
        s.lineTo(x + width, bottom);
        s.stroke();
        text(s, fonts.regular(), 8, x - 14, top - 8, String.valueOf(max));
        for (int m = 0; m < months; m++) {
            float base = bottom;
            int t = 0;
            for (Map.Entry<String, List<Long>> series : report.perMonthByType().entrySet()) {
                long count = series.getValue().get(m);
                float h = height * count / max;
                if (count > 0) {
                    colour(s, t);
                    s.addRect(x + m * slot + slot * 0.15f, base, slot * 0.7f, h);
                    s.fill();
                }
                base += h;
                t++;
            }
            if (months <= 24 || m % 3 == 0) {
                text(s, fonts.regular(), months > 12 ? 5 : 7, x + m * slot + slot * 0.1f, bottom - 10,
                        report.months().get(m).toString());
            }
        }
        float legend = bottom - 26;
        float lx = x;
        int t = 0;
        for (String type : report.perMonthByType().keySet()) {
            colour(s, t++);
            s.addRect(lx, legend, 8, 8);
            s.fill();
            String name = typeName.apply(type);
            text(s, fonts.regular(), 8, lx + 11, legend + 1, name);
            lx += 20 + width(fonts.regular(), 8, name);
        }
        return legend - 6;
    }

    /** One horizontal bar per value, longest first, with its name and count. */
    private static float bars(PDPageContentStream s, Fonts fonts, List<Count> counts, Function<String, String> name,
            float x, float y, float width) throws IOException {
        long max = Math.max(1, counts.stream().mapToLong(Count::count).max().orElse(1));
        float labelWidth = width * 0.35f;
        for (Count c : counts.stream().limit(MAX_ROWS).toList()) {
            text(s, fonts.regular(), 9, x, y, name.apply(c.value()));
            colour(s, 0);
            s.addRect(x + labelWidth, y - 1, (width - labelWidth - 30) * c.count() / max, 9);
            s.fill();
            text(s, fonts.regular(), 9, x + labelWidth + (width - labelWidth - 30) * c.count() / max + 4, y,
                    String.valueOf(c.count()));
            y -= 14;
        }
        return y;
    }

    private static void colour(PDPageContentStream s, int index) throws IOException {
        float[] rgb = COLOURS[index % COLOURS.length];
        s.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    }

    private static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String value)
            throws IOException {
        s.setNonStrokingColor(0f, 0f, 0f);
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(printable(font, value));
        s.endText();
    }

    private static float width(PDFont font, float size, String value) throws IOException {
        return font.getStringWidth(printable(font, value)) / 1000 * size;
    }

    /** The text with every character the font cannot draw as "?", so no value stops the document. */
    static String printable(PDFont font, String value) {
        StringBuilder out = new StringBuilder();
        (value == null ? "" : value).codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static byte[] font(String file) {
        try (InputStream in = TrendPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing from the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
