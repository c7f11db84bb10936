package org.peaceops.intranet.documents.application.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.application.DownloadableFile;
import org.peaceops.intranet.documents.application.DownloadableFiles;
import org.peaceops.intranet.documents.application.GuidanceDownloads;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.application.blobs.StoredBlob;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;
import org.peaceops.intranet.documents.infrastructure.pdf.PdfPageRenderer;
import org.peaceops.intranet.documents.infrastructure.pdf.PlainTextPdf;
import org.peaceops.intranet.documents.infrastructure.pdf.PreviewFiles;
import org.peaceops.intranet.documents.infrastructure.pdf.TestPdfs;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;

/** The preview service over a real blob store, renderer and disk cache; only the access decision is stubbed. */
class PagePreviewsTest {

    @TempDir
    Path dir;

    private final Caller reader = Caller.process("reader-1", Set.of(Role.READER));
    /** Version files by document id, as {@link GuidanceDownloads#prepare} would clear them; absent = refused. */
    private final Map<Long, DownloadableFile> cleared = new HashMap<>();
    private BlobStore blobs;
    private PagePreviews previews;

    @BeforeEach
    void wire() {
        blobs = new BlobStore(dir.resolve("blobs"), 10_000_000);
        previews = new PagePreviews() {
            @Override
            String titleOf(Caller actor, long documentId, int versionNumber) {
                return "Handover notes";
            }
        };
        previews.downloads = new GuidanceDownloads() {
            @Override
            public DownloadableFile prepare(Caller actor, long documentId, int versionNumber, boolean record) {
                assertThat(record).as("a preview is not a download").isFalse();
                DownloadableFile file = cleared.get(documentId);
                if (file == null) {
                    throw new GuidanceNotFoundException(documentId);
                }
                return file;
            }
        };
        previews.blobs = blobs;
        previews.cache = new PreviewFiles(dir.resolve("previews"));
        previews.renderer = new PdfPageRenderer();
        previews.plainText = new PlainTextPdf();
        previews.workers = 2;
        previews.waitSeconds = 5;
        previews.timeoutSeconds = 60;
        previews.init();
    }

    private String store(long documentId, Path file, String mediaType) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            StoredBlob blob = blobs.store(in);
            cleared.put(documentId, DownloadableFiles.of(blob.sha256(), blob.size(), mediaType, file.getFileName().toString()));
            return blob.sha256();
        }
    }

    @Test
    void aPdfPageIsRenderedOnceAndThenServedFromTheDiskCache() throws Exception {
        String sha = store(1, TestPdfs.a4(dir.resolve("sop.pdf"), 3), "application/pdf");

        PreviewOutline outline = previews.outline(reader, 1, 1);
        PageImage first = previews.page(reader, 1, 1, PreviewSize.THUMBNAIL, 2);

        assertThat(outline.getPages()).isEqualTo(3);
        assertThat(first.file()).isEqualTo(dir.resolve("previews").resolve(sha).resolve("thumb-2.png"));
        assertThat(ImageIO.read(first.file().toFile()).getWidth()).isEqualTo(180);
        assertThat(first.entityTag()).isEqualTo("\"" + sha + "-thumb-2\"");
        byte[] image = Files.readAllBytes(first.file());

        // With the blob gone, only the cache can answer.
        Files.delete(blobs.file(sha));
        PageImage second = previews.page(reader, 1, 1, PreviewSize.THUMBNAIL, 2);
        assertThat(Files.readAllBytes(second.file())).isEqualTo(image);
        assertThat(previews.outline(reader, 1, 1).getPages()).isEqualTo(3);
    }

    @Test
    void thePageSizeIsWideEnoughToRead() throws Exception {
        store(1, TestPdfs.a4(dir.resolve("sop.pdf"), 1), "application/pdf");
        PageImage page = previews.page(reader, 1, 1, PreviewSize.PAGE, 1);
        assertThat(ImageIO.read(page.file().toFile()).getWidth()).isEqualTo(1200);
    }

    @Test
    void plainTextIsPreviewedThroughItsPdfRendition() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "Lessons from the field.\n\n".repeat(400));
        String sha = store(2, text, "text/plain; charset=UTF-8");

        PreviewOutline outline = previews.outline(reader, 2, 1);

        assertThat(outline.isPaged()).isTrue();
        assertThat(outline.getPages()).isGreaterThan(1);
        assertThat(dir.resolve("previews").resolve(sha).resolve("rendition.pdf")).isRegularFile();
        assertThat(ImageIO.read(previews.page(reader, 2, 1, PreviewSize.PAGE, 1).file().toFile()).getWidth())
                .isEqualTo(1200);
    }

    @Test
    void anEncryptedPdfHasAReasonInsteadOfPages() throws Exception {
        String sha = store(3, TestPdfs.encrypted(dir.resolve("secret.pdf")), "application/pdf");

        assertThat(previews.outline(reader, 3, 1).reason()).hasValue(NoPreviewReason.ENCRYPTED);
        assertThatThrownBy(() -> previews.page(reader, 3, 1, PreviewSize.THUMBNAIL, 1))
                .isInstanceOfSatisfying(PreviewUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(NoPreviewReason.ENCRYPTED));
        assertThat(dir.resolve("previews").resolve(sha).resolve("no-preview")).hasContent("ENCRYPTED");
    }

    @Test
    void aTruncatedPdfIsUnreadableAndAPageBeyondTheEndIsNoSuchPage() throws Exception {
        store(4, TestPdfs.truncated(dir.resolve("cut.pdf"), 200), "application/pdf");
        store(5, TestPdfs.a4(dir.resolve("two.pdf"), 2), "application/pdf");

        assertThat(previews.outline(reader, 4, 1).reason()).hasValue(NoPreviewReason.UNREADABLE);
        assertThatThrownBy(() -> previews.page(reader, 5, 1, PreviewSize.THUMBNAIL, 3))
                .isInstanceOfSatisfying(PreviewUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(NoPreviewReason.NO_SUCH_PAGE));
    }

    @Test
    void otherFormatsAreReadAsExtractedText() throws Exception {
        store(6, Files.writeString(dir.resolve("sop.docx"), "not really a docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        PreviewOutline outline = previews.outline(reader, 6, 1);
        assertThat(outline.isTextView()).isTrue();
        assertThat(outline.isPaged()).isFalse();
    }

    /** Two hostile files must not hold both workers: each stops at the deadline and gives its permit back. */
    @Test
    void aRenderingPastTheDeadlineIsAbandonedAsTooComplexAndItsPermitReleased() throws Exception {
        previews.timeoutSeconds = 1;
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        long start = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> previews.withPermit(() -> {
                while (true) {
                    try {
                        never.await(); // like PDFBox in a pathological page: ignores the interrupt
                    } catch (InterruptedException ignored) {
                        // keeps going
                    }
                }
            })).isInstanceOfSatisfying(UnrenderablePdfException.class,
                    e -> assertThat(e.problem().name()).isEqualTo("TOO_COMPLEX"));
        }
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(10));
        assertThat(previews.permits.availablePermits()).isEqualTo(2);
        assertThat(previews.withPermit(() -> "next")).as("the next rendering runs").isEqualTo("next");
        assertThat(PagePreviews.reasonFor(UnrenderablePdfException
                .Problem.TOO_COMPLEX)).isEqualTo(NoPreviewReason.TOO_COMPLEX);
        never.countDown();
    }

    @Test
    void runningOutOfMemoryRefusesThatPreviewOnlyAndReleasesThePermit() throws Exception {
        assertThatThrownBy(() -> previews.withPermit(() -> {
            long[] hog = new long[Integer.MAX_VALUE - 8]; // 16 GB asked at once: refused without taking any
            return hog.length;
        })).isInstanceOfSatisfying(UnrenderablePdfException.class,
                e -> assertThat(e.problem().name()).isEqualTo("TOO_COMPLEX"));
        assertThat(previews.permits.availablePermits()).isEqualTo(2);
        store(1, TestPdfs.a4(dir.resolve("after.pdf"), 2), "application/pdf");
        assertThat(previews.outline(reader, 1, 1).getPages()).as("the server renders the next file").isEqualTo(2);
    }

    @Test
    void aDocumentTheReaderMayNotOpenHasNoPreviewEither() {
        assertThatThrownBy(() -> previews.page(reader, 99, 1, PreviewSize.THUMBNAIL, 1))
                .isInstanceOf(GuidanceNotFoundException.class);
    }
}
