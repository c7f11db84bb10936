package org.peaceops.intranet.documents.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PlainTextPdfTest {

    private static final String PARAGRAPH = "Peacekeeping has evolved into a global undertaking; lessons from the field "
            + "become guidance for every mission. ";

    private static String longText() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            text.append(i).append(". ").append(PARAGRAPH.repeat(3)).append("\n\n");
        }
        return text.toString();
    }

    private static PDDocument write(PlainTextPdf writer, String title, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(title, new StringReader(text), out);
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void longTextBecomesNumberedA4PagesUnderItsTitle() throws Exception {
        try (PDDocument pdf = write(new PlainTextPdf(), "Peacekeeping Best Practices", longText())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(pdf);
            assertThat(first).startsWith("Peacekeeping Best Practices").contains("1. Peacekeeping has evolved")
                    .contains("1 / " + pages);
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(pdf)).contains("200. Peacekeeping").contains(pages + " / " + pages);
        }
    }

    @Test
    void wrappedLinesStayInsideTheMargins() throws Exception {
        String oneLongLine = PARAGRAPH.repeat(20) + "https://example.org/" + "x".repeat(300);
        try (PDDocument pdf = write(new PlainTextPdf(), "Title", oneLongLine)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.lines().filter(l -> !l.isBlank()).count()).isGreaterThan(10);
            assertThat(text.lines().mapToInt(String::length).max().orElseThrow()).isLessThan(140);
        }
    }

    @Test
    void charactersTheFontCannotDrawBecomeQuestionMarksInsteadOfFailing() throws Exception {
        String text = "Délégation — « protection » 保护 \u0007 end";
        try (PDDocument pdf = write(new PlainTextPdf(), "Résumé", text)) {
            String extracted = new PDFTextStripper().getText(pdf);
            assertThat(extracted).contains("Résumé").contains("Délégation — « protection »").contains("?? end");
        }
    }

    @Test
    void withoutTheTrueTypeFontsHelveticaIsUsedAndUnencodableTextStillRenders() throws Exception {
        PlainTextPdf helvetica = new PlainTextPdf(Path.of("/nonexistent/regular.ttf"), Path.of("/nonexistent/bold.ttf"));
        try (PDDocument pdf = write(helvetica, "Title", "Mission ≠ headquarters: 保护 and café")) {
            String extracted = new PDFTextStripper().getText(pdf);
            assertThat(extracted).contains("Mission ? headquarters: ?? and café");
        }
    }
}
