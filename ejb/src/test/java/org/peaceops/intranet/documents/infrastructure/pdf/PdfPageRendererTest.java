package org.peaceops.intranet.documents.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.application.preview.UnrenderablePdfException;

class PdfPageRendererTest {

    @TempDir
    Path dir;

    private final PdfPageRenderer renderer = new PdfPageRenderer();

    @Test
    void aPageBecomesAPngOfTheAskedWidthWithTheA4Proportions() throws Exception {
        Path pdf = TestPdfs.a4(dir.resolve("two.pdf"), 2);
        ByteArrayOutputStream png = new ByteArrayOutputStream();

        int pages = renderer.renderPng(pdf, 2, 180, png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(pages).isEqualTo(2);
        assertThat(image.getWidth()).isEqualTo(180);
        assertThat(image.getHeight()).isBetween(253, 256); // 180 × 842 / 595
        assertThat(darkPixels(image)).as("the page's text is drawn").isPositive();
    }

    @Test
    void aBlackAndWhitePageIsWrittenInGreyAndAColouredOneKeepsItsColours() {
        BufferedImage plain = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        plain.setRGB(1, 1, 0x808080);
        assertThat(PdfPageRenderer.grayWhenColourless(plain).getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(PdfPageRenderer.grayWhenColourless(plain).getRaster().getSample(1, 1, 0)).isEqualTo(0x80);
        BufferedImage coloured = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        coloured.setRGB(2, 2, 0x0000ff);
        assertThat(PdfPageRenderer.grayWhenColourless(coloured)).isSameAs(coloured);
    }

    @Test
    void theLargeSizeIsReadable() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        renderer.renderPng(TestPdfs.a4(dir.resolve("one.pdf"), 1), 1, 1200, png);
        assertThat(ImageIO.read(new ByteArrayInputStream(png.toByteArray())).getWidth()).isEqualTo(1200);
    }

    @Test
    void countsPagesAndRefusesAPageBeyondTheEnd() throws Exception {
        Path pdf = TestPdfs.a4(dir.resolve("three.pdf"), 3);
        assertThat(renderer.pageCount(pdf)).isEqualTo(3);
        assertThatThrownBy(() -> renderer.renderPng(pdf, 4, 180, new ByteArrayOutputStream()))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aPasswordProtectedPdfIsReportedAsEncrypted() throws Exception {
        Path pdf = TestPdfs.encrypted(dir.resolve("secret.pdf"));
        assertThatThrownBy(() -> renderer.renderPng(pdf, 1, 180, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(UnrenderablePdfException.class,
                        e -> assertThat(e.problem()).isEqualTo(UnrenderablePdfException.Problem.ENCRYPTED));
        assertThatThrownBy(() -> renderer.pageCount(pdf)).isInstanceOf(UnrenderablePdfException.class);
    }

    @Test
    void aTruncatedPdfIsReportedAsDamaged() throws Exception {
        Path pdf = TestPdfs.truncated(dir.resolve("cut.pdf"), 200);
        assertThatThrownBy(() -> renderer.renderPng(pdf, 1, 180, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(UnrenderablePdfException.class,
                        e -> assertThat(e.problem()).isIn(UnrenderablePdfException.Problem.DAMAGED,
                                UnrenderablePdfException.Problem.NO_PAGES));
    }

    @Test
    void somethingThatIsNotAPdfIsReportedAsDamaged() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pdf"), "Just some notes, not a PDF at all.");
        assertThatThrownBy(() -> renderer.pageCount(text))
                .isInstanceOfSatisfying(UnrenderablePdfException.class,
                        e -> assertThat(e.problem()).isEqualTo(UnrenderablePdfException.Problem.DAMAGED));
    }

    static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // The raster's own values: a grey PNG holds the page's sRGB levels as they are.
                if (image.getRaster().getSample(x, y, 0) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
