package org.peaceops.intranet.training.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.peaceops.intranet.training.application.CertificateView;

/**
 * The certificate as a one-page PDF (PDFBox): holder, course, completion date, expiry and the
 * verification code with the address where anyone can check it. Written straight to the response.
 * The text is set in DejaVu Sans, embedded (subset) in each PDF: the standard PDF fonts cover Western
 * European characters only, and a certificate must print the holder's name exactly as it is written.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** Packaged on Maven Central by jasperreports-fonts (a jar of the DejaVu fonts, no code). */
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR_TTF = font("DejaVuSans.ttf");
    private static final byte[] BOLD_TTF = font("DejaVuSans-Bold.ttf");

    private CertificatePdf() {
    }

    /** @param verifyUrl the public verify page of this certificate, printed under the code */
    public static void write(CertificateView certificate, String verifyUrl, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            pdf.addPage(page);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle("Certificate " + certificate.code());
            info.setCreator("Peace operations intranet");
            float width = page.getMediaBox().getWidth();
            PDFont bold = PDType0Font.load(pdf, new ByteArrayInputStream(BOLD_TTF), true);
            PDFont regular = PDType0Font.load(pdf, new ByteArrayInputStream(REGULAR_TTF), true);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.setLineWidth(2f);
                text.addRect(30, 30, width - 60, page.getMediaBox().getHeight() - 60);
                text.stroke();
                centred(text, bold, 30, "Certificate of completion", width, 470);
                centred(text, regular, 14, "This certifies that", width, 420);
                centred(text, bold, 26, certificate.holderName(), width, 385);
                centred(text, regular, 14, "has completed the course", width, 345);
                centred(text, bold, 20, certificate.courseTitle(), width, 312);
                centred(text, regular, 13, "Completed on " + date(certificate.issuedOn()), width, 260);
                centred(text, regular, 13, certificate.expiresOn() == null ? "No expiry date"
                        : "Valid until " + date(certificate.expiresOn()), width, 240);
                centred(text, bold, 13, "Verification code: " + certificate.code(), width, 160);
                centred(text, regular, 10, "Check it at " + verifyUrl, width, 142);
                centred(text, regular, 9, "Peace operations intranet", width, 60);
            }
            pdf.save(out);
        }
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    private static byte[] font(String file) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing from the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centred(PDPageContentStream stream, PDFont font, float size, String value, float width,
            float y) throws IOException {
        String printable = printable(font, value);
        float textWidth = font.getStringWidth(printable) / 1000 * size;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(Math.max(40, (width - textWidth) / 2), y);
        stream.showText(printable);
        stream.endText();
    }

    /**
     * A character the font has no glyph for (DejaVu covers Latin, Greek and Cyrillic, not CJK) loses
     * its accent when it has one, else becomes "?", rather than failing the whole certificate.
     */
    static String printable(PDFont font, String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (encodable(font, ch)) {
                out.append(ch);
            } else {
                String base = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && encodable(font, base) ? base : "?");
            }
        });
        return out.toString();
    }

    private static boolean encodable(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
