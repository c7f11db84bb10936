package org.peaceops.intranet.toolbox.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.toolbox.application.trends.Count;
import org.peaceops.intranet.toolbox.application.trends.ReportFact;
import org.peaceops.intranet.toolbox.application.trends.TrendFigures;
import org.peaceops.intranet.toolbox.application.trends.TrendQuery;
import org.peaceops.intranet.toolbox.application.trends.TrendReport;

/** The trend report PDF, parsed back: its French headings, figures, type names and terms, in an embedded font. */
class TrendPdfTest {

    private static final Map<String, String> FRENCH = Map.ofEntries(Map.entry("title", "Analyse des tendances"),
            Map.entry("period", "Période"), Map.entry("total", "Total"), Map.entry("perMonth", "Rapports publiés par mois"),
            Map.entry("byType", "Par type de rapport"), Map.entry("byMission", "Par mission"),
            Map.entry("terms", "Termes les plus fréquents"), Map.entry("byTheme", "Par thème"));

    @Test
    void thePdfCarriesTheFiguresInTheReadersLanguageInAnEmbeddedUnicodeFont() throws Exception {
        TrendReport report = TrendFigures.of(new TrendQuery(YearMonth.of(2026, 9), YearMonth.of(2026, 11), null, null),
                List.of(new ReportFact(1, "AFTER_ACTION_REVIEW", "UNMISS", YearMonth.of(2026, 9)),
                        new ReportFact(2, "AFTER_ACTION_REVIEW", "UNMISS", YearMonth.of(2026, 11)),
                        new ReportFact(3, "HANDOVER_NOTE", "MINUSCA", YearMonth.of(2026, 11))),
                List.of(new Count("sécurité", 3), new Count("convoy", 2), new Count("ǂxoo", 1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new TrendPdf().pdf(report, FRENCH::get, code -> code.equals("HANDOVER_NOTE") ? "Note de passation"
                : "Examen après action", out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Analyse des tendances");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Analyse des tendances", "Période 2026-09 – 2026-11", "Total: 3",
                    "Rapports publiés par mois", "2026-09", "2026-10", "2026-11", "Note de passation",
                    "Examen après action", "UNMISS", "MINUSCA", "Termes les plus fréquents", "sécurité (3)", "convoy (2)");
            List<String> fonts = new ArrayList<>();
            for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertThat(font.isEmbedded()).isTrue();
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void theThemesAreReadBackByNameAndMoveToASecondPageWhenTheFirstIsFull() throws Exception {
        List<ReportFact> facts = new ArrayList<>();
        facts.add(new ReportFact(1, "AFTER_ACTION_REVIEW", "UNMISS", YearMonth.of(2026, 9), List.of("GENDER", "PLANNING")));
        facts.add(new ReportFact(2, "HANDOVER_NOTE", "MINUSCA", YearMonth.of(2026, 9), List.of("GENDER")));
        TrendQuery query = new TrendQuery(YearMonth.of(2026, 9), YearMonth.of(2026, 9), null, null);
        Map<String, String> names = Map.of("GENDER", "Genre", "PLANNING", "Planification");

        String onePage = text(TrendFigures.of(query, facts, List.of()), names, 1);
        assertThat(onePage).contains("Par thème", "Genre 2", "Planification 1");

        // twelve missions and twenty-four terms fill the first page
        for (int i = 0; i < 12; i++) {
            facts.add(new ReportFact(10 + i, "AFTER_ACTION_REVIEW", "M" + i, YearMonth.of(2026, 9)));
        }
        List<Count> terms = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            terms.add(new Count("term" + i, 24 - i));
        }
        String twoPages = text(TrendFigures.of(query, facts, terms), names, 2);
        assertThat(twoPages).contains("Par thème", "Genre 2", "Planification 1").doesNotContain("term23");
    }

    private static String text(TrendReport report, Map<String, String> themeNames, int pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TrendPdf().pdf(report, FRENCH::get, code -> code, themeNames::get, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            return stripper.getText(pdf);
        }
    }
}
