package org.peaceops.intranet.documents.infrastructure.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.peaceops.intranet.documents.application.preview.TextRendition;

/**
 * Writes plain text as a readable PDF: A4 pages, the title as a heading, the text wrapped to the margins,
 * "page n of N" at the foot of each page. DejaVu Sans is embedded when the machine has it (it covers
 * French, most European scripts and typographic punctuation); otherwise Helvetica, whose WinAnsi
 * encoding lacks many characters. Either way a character the font cannot draw becomes "?" rather than
 * failing the whole document. The text is read line by line; pages go to a temporary-file cache.
 */
public final class PlainTextPdf implements TextRendition {

    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final Path DEJAVU_BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 10.5f;
    private static final float BODY_LEADING = 14;
    private static final float TITLE_SIZE = 16;
    private static final float TITLE_LEADING = 21;
    private static final float FOOTER_SIZE = 8;
    /** Text beyond this many characters is left out of the rendition (it is a preview, the file stays whole). */
    static final long MAX_CHARS = 2_000_000;

    private final Path regularFont;
    private final Path boldFont;

    public PlainTextPdf() {
        this(DEJAVU, DEJAVU_BOLD);
    }

    /** With other TrueType fonts (or missing paths, to fall back to Helvetica). */
    PlainTextPdf(Path regularFont, Path boldFont) {
        this.regularFont = regularFont;
        this.boldFont = boldFont;
    }

    /** Writes the rendition of {@code text} under {@code title} to {@code out}; closes neither. */
    public void write(String title, Reader text, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Fonts fonts = fonts(document);
            try (Layout layout = new Layout(document)) {
                layout.paragraph(fonts.bold, TITLE_SIZE, TITLE_LEADING, title);
                layout.skip(BODY_LEADING);
                BufferedReader lines = new BufferedReader(text);
                long chars = 0;
                for (String line = lines.readLine(); line != null && chars < MAX_CHARS; line = lines.readLine()) {
                    chars += line.length() + 1;
                    layout.paragraph(fonts.regular, BODY_SIZE, BODY_LEADING, line);
                }
            }
            numberPages(document, fonts.regular);
            document.save(out);
        }
    }

    private record Fonts(Drawable regular, Drawable bold) {
    }

    private Fonts fonts(PDDocument document) throws IOException {
        Optional<PDFont> regular = trueType(document, regularFont);
        Optional<PDFont> bold = trueType(document, boldFont);
        if (regular.isPresent()) {
            return new Fonts(new Drawable(regular.get()), new Drawable(bold.orElse(regular.get())));
        }
        return new Fonts(new Drawable(new PDType1Font(Standard14Fonts.FontName.HELVETICA)),
                new Drawable(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD)));
    }

    private static Optional<PDFont> trueType(PDDocument document, Path file) throws IOException {
        return file != null && Files.isReadable(file) ? Optional.of(PDType0Font.load(document, file.toFile()))
                : Optional.empty();
    }

    private static void numberPages(PDDocument document, Drawable font) throws IOException {
        int total = document.getNumberOfPages();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            String label = number + " / " + total;
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginText();
                footer.setFont(font.font, FOOTER_SIZE);
                float width = font.width(label, FOOTER_SIZE);
                footer.newLineAtOffset((PDRectangle.A4.getWidth() - width) / 2, MARGIN / 2);
                footer.showText(label);
                footer.endText();
            }
        }
    }

    /** A font with the knowledge of which characters it can draw. */
    static final class Drawable {
        final PDFont font;
        private final Map<Integer, Boolean> drawable = new HashMap<>();

        Drawable(PDFont font) {
            this.font = font;
        }

        /** The text with tabs as spaces, control characters dropped and undrawable characters as "?". */
        String clean(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\t') {
                    out.append("    ");
                } else if (!Character.isISOControl(cp)) {
                    out.append(canDraw(cp) ? new String(Character.toChars(cp)) : "?");
                }
            });
            return out.toString();
        }

        private boolean canDraw(int codePoint) {
            return drawable.computeIfAbsent(codePoint, cp -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return font.getStringWidth(new String(Character.toChars(cp))) >= 0;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
        }

        float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }
    }

    /** Places wrapped lines top to bottom, opening a new A4 page when one is full. */
    private static final class Layout implements AutoCloseable {
        private final PDDocument document;
        private final float lineWidth = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream page;
        private float y;

        Layout(PDDocument document) {
            this.document = document;
        }

        void paragraph(Drawable font, float size, float leading, String text) throws IOException {
            String clean = font.clean(text).strip();
            if (clean.isEmpty()) {
                skip(leading / 2);
                return;
            }
            for (String line : wrap(font, size, clean)) {
                if (page == null || y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                page.beginText();
                page.setFont(font.font, size);
                page.newLineAtOffset(MARGIN, y);
                page.showText(line);
                page.endText();
            }
        }

        void skip(float height) {
            y -= height;
        }

        private List<String> wrap(Drawable font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.width(candidate, size) <= lineWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A word wider than the line (a long URL) is cut where it no longer fits.
                while (font.width(word, size) > lineWidth) {
                    int cut = word.length() - 1;
                    while (cut > 1 && font.width(word.substring(0, cut), size) > lineWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private void newPage() throws IOException {
            close();
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            if (page != null) {
                page.close();
                page = null;
            }
        }
    }
}
