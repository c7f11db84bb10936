package org.peaceops.intranet.training.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.application.CertificateView;

/** The certificate PDF read back with PDFBox: what a person or an auditor would read on it. */
class CertificatePdfTest {

    private static String textOf(CertificateView certificate) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificatePdf.write(certificate, "https://intranet.example.org/intranet/verify/" + certificate.code(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void showsNameCourseDatesAndTheVerificationCode() throws Exception {
        String text = textOf(new CertificateView(1, "AB12-CD34-EF56", "Amélie Dupont",
                "Core pre-deployment training", LocalDate.of(2026, 11, 20), LocalDate.of(2028, 11, 20), true));

        assertThat(text).contains("Certificate of completion", "Amélie Dupont", "Core pre-deployment training",
                "Completed on 20 November 2026", "Valid until 20 November 2028", "AB12-CD34-EF56",
                "/intranet/verify/AB12-CD34-EF56");
    }

    @Test
    void aCertificateWithoutExpirySaysSo() throws Exception {
        String text = textOf(new CertificateView(2, "ZZZZ-0000-1111", "Kofi Mensah", "Induction",
                LocalDate.of(2026, 1, 5), null, true));

        assertThat(text).contains("Kofi Mensah", "No expiry date").doesNotContain("Valid until");
    }

    @Test
    void aFrenchNameAndCourseTitlePrintWithTheirAccents() throws Exception {
        String text = textOf(new CertificateView(4, "FR12-ACCE-NT00", "Hélène Dupré",
                "Prévention de l'exploitation et des abus sexuels : édition révisée", LocalDate.of(2026, 3, 2),
                null, true));

        assertThat(text).contains("Hélène Dupré", "Prévention de l'exploitation et des abus sexuels : édition révisée");
    }

    @Test
    void namesBeyondWesternEuropePrintExactlyAndOnlyMissingGlyphsFallBack() throws Exception {
        String text = textOf(new CertificateView(3, "ZZZZ-0000-2222", "Dženan Kovačević Ωμέγα Юлия 李", "Induction",
                LocalDate.of(2026, 1, 5), null, true));

        assertThat(text).as("the embedded font has Latin Extended, Greek and Cyrillic, not CJK")
                .contains("Dženan Kovačević Ωμέγα Юлия ?");
        assertThat(CertificatePdf.printable(new PDType1Font(Standard14Fonts.FontName.HELVETICA), "Émile Čapek"))
                .isEqualTo("Émile Capek");
    }
}
