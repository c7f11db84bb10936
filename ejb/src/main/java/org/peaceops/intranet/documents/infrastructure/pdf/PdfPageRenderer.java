package org.peaceops.intranet.documents.infrastructure.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.peaceops.intranet.documents.application.preview.PageRenderer;
import org.peaceops.intranet.documents.application.preview.UnrenderablePdfException;

/**
 * Draws one page of a PDF file as a PNG of a given width. The document is opened from its file with a
 * temporary-file stream cache, so a 500-page manual costs disk, not heap; only the page image itself is
 * in memory, and its height is capped so that a strip-shaped page cannot ask for gigabytes.
 * Stateless and thread-safe: concurrency is bounded by the caller.
 */
public final class PdfPageRenderer implements PageRenderer {

    /** A page may be at most this many times taller than wide before its image is scaled down further. */
    static final int MAX_HEIGHT_RATIO = 3;

    /** The number of pages, or why the file cannot be previewed. */
    public int pageCount(Path pdf) throws UnrenderablePdfException {
        try (PDDocument document = open(pdf)) {
            return checkedPageCount(document);
        } catch (IOException e) {
            throw damaged(pdf, e);
        }
    }

    /**
     * Renders page {@code pageNumber} (1-based) as a PNG {@code width} pixels wide, written to {@code png}.
     *
     * @return the number of pages of the document (the caller remembers it for the page viewer)
     * @throws IndexOutOfBoundsException if the document has no such page
     * @throws IOException               if writing the PNG fails
     */
    public int renderPng(Path pdf, int pageNumber, int width, OutputStream png) throws UnrenderablePdfException, IOException {
        BufferedImage image;
        int pages;
        try (PDDocument document = open(pdf)) {
            pages = checkedPageCount(document);
            if (pageNumber < 1 || pageNumber > pages) {
                throw new IndexOutOfBoundsException("Page " + pageNumber + " of " + pages);
            }
            image = draw(document, pageNumber - 1, width);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IndexOutOfBoundsException outside) {
                throw outside;
            }
            // A broken content stream surfaces as anything from IOException to ClassCastException.
            throw damaged(pdf, e);
        }
        if (!ImageIO.write(grayWhenColourless(image), "png", png)) {
            throw new IOException("No PNG writer in this Java runtime");
        }
        return pages;
    }

    private static BufferedImage draw(PDDocument document, int index, int width) throws IOException {
        PDPage page = document.getPage(index);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        float pageWidth = turned ? box.getHeight() : box.getWidth();
        float pageHeight = turned ? box.getWidth() : box.getHeight();
        float scale = Math.min(width / pageWidth, width * MAX_HEIGHT_RATIO / pageHeight);
        PDFRenderer renderer = new PDFRenderer(document);
        // Large scanned images are subsampled instead of decoded at full resolution for a small preview.
        renderer.setSubsamplingAllowed(true);
        return renderer.renderImage(index, scale, ImageType.RGB);
    }

    /**
     * Most guidance is black text on white: such a page is written as a grey-scale PNG, about a third of
     * the bytes of the same page in RGB, which matters on a mission's satellite link.
     */
    static BufferedImage grayWhenColourless(BufferedImage rgb) {
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                if (r != g || g != b) {
                    return rgb;
                }
            }
        }
        // The sample values are copied, not drawn: drawing converts to Java's linear grey, which browsers
        // would show darker than the page (they read a grey PNG without a gamma chunk as sRGB).
        BufferedImage gray = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var raster = gray.getRaster();
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                raster.setSample(x, y, 0, rgb.getRGB(x, y) & 0xff);
            }
        }
        return gray;
    }

    private static PDDocument open(Path pdf) throws IOException, UnrenderablePdfException {
        try {
            return Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new UnrenderablePdfException(UnrenderablePdfException.Problem.ENCRYPTED,
                    pdf.getFileName() + " needs a password to open", e);
        }
    }

    private static int checkedPageCount(PDDocument document) throws UnrenderablePdfException {
        int pages = document.getNumberOfPages();
        if (pages < 1) {
            throw new UnrenderablePdfException(UnrenderablePdfException.Problem.NO_PAGES, "The PDF has no pages", null);
        }
        return pages;
    }

    private static UnrenderablePdfException damaged(Path pdf, Exception cause) {
        return new UnrenderablePdfException(UnrenderablePdfException.Problem.DAMAGED,
                pdf.getFileName() + " cannot be read as a PDF: " + cause.getMessage(), cause);
    }
}
