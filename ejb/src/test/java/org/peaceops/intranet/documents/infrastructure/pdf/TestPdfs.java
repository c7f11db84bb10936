package org.peaceops.intranet.documents.infrastructure.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs made in the tests themselves: plain A4 pages, a password-protected one, a truncated one. */
public final class TestPdfs {

    private TestPdfs() {
    }

    public static Path a4(Path file, int pages) throws IOException {
        try (PDDocument document = document(pages)) {
            document.save(file.toFile());
        }
        return file;
    }

    public static Path encrypted(Path file) throws IOException {
        try (PDDocument document = document(1)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** The first {@code keep} bytes of a good PDF: the header survives, the body and cross-references do not. */
    public static Path truncated(Path file, int keep) throws IOException {
        Path whole = a4(file.resolveSibling("whole-" + file.getFileName()), 3);
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(file, java.util.Arrays.copyOf(bytes, Math.min(keep, bytes.length)));
        return file;
    }

    private static PDDocument document(int pages) throws IOException {
        PDDocument document = new PDDocument();
        for (int i = 1; i <= pages; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                content.newLineAtOffset(72, 700);
                content.showText("Test page " + i);
                content.endText();
            }
        }
        return document;
    }
}
