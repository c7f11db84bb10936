package org.peaceops.intranet.documents.application.preview;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.documents.application.DownloadableFile;
import org.peaceops.intranet.documents.application.GuidanceDownloads;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.shared.Caller;

/**
 * Page previews of a version: a PDF's own pages, or the pages of the PDF rendition of a plain-text file.
 * Field links are slow, so readers look at pages before downloading (DOMAIN.md).
 *
 * <p>Who may see which version is decided exactly as for a download ({@link GuidanceDownloads#prepare},
 * without recording one): a preview of a document the reader may not open is "not found" like its file.
 * Images are made on demand and cached on disk by content hash; at most {@code intranet.preview.workers}
 * renderings run at once (PDF rendering is CPU- and memory-hungry and must not starve page requests);
 * a request that waits longer than {@code intranet.preview.wait-seconds} is told to come back.
 * A rendering runs in a thread of its own under a deadline ({@code intranet.preview.timeout-seconds}): a
 * file that takes longer, or that exhausts the heap (caught like an extraction's, in that thread only),
 * is remembered as too complex to preview and its permit is released, so hostile files cannot hold every
 * worker; the overrun thread is interrupted and left to end on its own.
 */
@ApplicationScoped
public class PagePreviews {

    private static final String PDF = "application/pdf";
    private static final String PLAIN_TEXT = "text/plain";

    @Inject
    GuidanceDownloads downloads;

    @Inject
    GuidanceQueries queries;

    @Inject
    ContentStore blobs;

    @Inject
    PreviewCache cache;

    @Inject
    PageRenderer renderer;

    @Inject
    TextRendition plainText;

    /** Renderings at once (environment {@code INTRANET_PREVIEW_WORKERS}). */
    @Inject
    @ConfigProperty(name = "intranet.preview.workers", defaultValue = "2")
    int workers;

    /** How long a request waits for a free worker before hearing "busy". */
    @Inject
    @ConfigProperty(name = "intranet.preview.wait-seconds", defaultValue = "30")
    int waitSeconds;

    /** The longest one rendering may take (environment {@code INTRANET_PREVIEW_TIMEOUT_SECONDS}). */
    @Inject
    @ConfigProperty(name = "intranet.preview.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    Semaphore permits;

    @PostConstruct
    void init() {
        permits = new Semaphore(Math.max(1, workers), true);
    }

    /**
     * The number of pages of a version, or why it has none. Works out (and caches) the rendition and the
     * page count the first time.
     *
     * @throws org.peaceops.intranet.documents.application.GuidanceNotFoundException also when not allowed
     */
    public PreviewOutline outline(Caller actor, long documentId, int versionNumber) throws IOException {
        DownloadableFile file = downloads.prepare(actor, documentId, versionNumber, false);
        try {
            Optional<Integer> known = cache.pageCount(file.getSha256());
            if (known.isPresent() && isPaged(file)) {
                return PreviewOutline.pages(known.get());
            }
            Path pdf = pdfOf(actor, documentId, versionNumber, file);
            int pages = withPermit(() -> renderer.pageCount(pdf));
            cache.rememberPageCount(file.getSha256(), pages);
            return PreviewOutline.pages(pages);
        } catch (PreviewUnavailableException e) {
            return PreviewOutline.none(e.reason());
        } catch (UnrenderablePdfException e) {
            return PreviewOutline.none(remember(file.getSha256(), e));
        }
    }

    /**
     * One page image, from the cache or rendered now.
     *
     * @throws org.peaceops.intranet.documents.application.GuidanceNotFoundException also when not allowed
     * @throws PreviewUnavailableException with the reason there is no such image
     * @throws IOException                 if the blob or the cache cannot be read or written
     */
    public PageImage page(Caller actor, long documentId, int versionNumber, PreviewSize size, int page)
            throws PreviewUnavailableException, IOException {
        DownloadableFile file = downloads.prepare(actor, documentId, versionNumber, false);
        String sha = file.getSha256();
        String tag = "\"" + sha + "-" + size.code() + "-" + page + "\"";
        if (page < 1 || cache.pageCount(sha).map(pages -> page > pages).orElse(false)) {
            throw new PreviewUnavailableException(NoPreviewReason.NO_SUCH_PAGE);
        }
        Optional<Path> cached = cache.cachedImage(sha, size.code(), page);
        if (cached.isPresent()) {
            return new PageImage(cached.get(), tag);
        }
        Path pdf = pdfOf(actor, documentId, versionNumber, file);
        Path target = cache.image(sha, size.code(), page);
        try {
            withPermit(() -> {
                // Another request may have made it while this one waited.
                if (!Files.isRegularFile(target)) {
                    int[] pages = new int[1];
                    cache.write(target, out -> pages[0] = renderer.renderPng(pdf, page, size.width(), out));
                    cache.rememberPageCount(sha, pages[0]);
                }
                return null;
            });
        } catch (UnrenderablePdfException e) {
            throw new PreviewUnavailableException(remember(sha, e));
        } catch (IndexOutOfBoundsException e) {
            throw new PreviewUnavailableException(NoPreviewReason.NO_SUCH_PAGE);
        }
        return new PageImage(target, tag);
    }

    /** The PDF whose pages stand for this version's file, making the rendition of plain text if needed. */
    private Path pdfOf(Caller actor, long documentId, int versionNumber, DownloadableFile file)
            throws PreviewUnavailableException, IOException {
        String sha = file.getSha256();
        Optional<UnrenderablePdfException.Problem> problem = cache.problem(sha);
        if (problem.isPresent()) {
            throw new PreviewUnavailableException(reasonFor(problem.get()));
        }
        if (!blobs.exists(sha)) {
            // Never remembered as "damaged": the blob may come back (a restore, a replica catching up).
            throw new NoSuchFileException("blob " + sha);
        }
        String type = baseType(file.getMediaType());
        if (PDF.equals(type)) {
            return blobs.file(sha);
        }
        if (!PLAIN_TEXT.equals(type)) {
            throw new PreviewUnavailableException(NoPreviewReason.NOT_PAGED);
        }
        Path rendition = cache.rendition(sha);
        if (!Files.isRegularFile(rendition)) {
            String title = titleOf(actor, documentId, versionNumber);
            try {
                withPermit(() -> {
                    if (!Files.isRegularFile(rendition)) {
                        cache.write(rendition, out -> {
                            try (Reader text = utf8(sha)) {
                                plainText.write(title, text, out);
                            }
                        });
                    }
                    return null;
                });
            } catch (UnrenderablePdfException e) {
                throw new PreviewUnavailableException(remember(sha, e));
            }
        }
        return rendition;
    }

    /** The rendition's heading: the version's title (checked by the same access policy, like everything here). */
    String titleOf(Caller actor, long documentId, int versionNumber) {
        return queries.get(actor, documentId).getVersions().stream().filter(v -> v.getNumber() == versionNumber)
                .map(VersionDetail::getTitle).findFirst().orElse("");
    }

    /** Plain text read as UTF-8, with anything that is not UTF-8 shown as a replacement character. */
    private Reader utf8(String sha) throws IOException {
        return Channels.newReader(blobs.openChannel(sha), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE), -1);
    }

    private NoPreviewReason remember(String sha, UnrenderablePdfException e) throws IOException {
        cache.rememberProblem(sha, e.problem());
        return reasonFor(e.problem());
    }

    static NoPreviewReason reasonFor(UnrenderablePdfException.Problem problem) {
        return switch (problem) {
            case ENCRYPTED -> NoPreviewReason.ENCRYPTED;
            case TOO_COMPLEX -> NoPreviewReason.TOO_COMPLEX;
            default -> NoPreviewReason.UNREADABLE;
        };
    }

    private static boolean isPaged(DownloadableFile file) {
        String type = baseType(file.getMediaType());
        return PDF.equals(type) || PLAIN_TEXT.equals(type);
    }

    static String baseType(String mediaType) {
        return mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException, UnrenderablePdfException;
    }

    <T> T withPermit(Work<T> work) throws IOException, UnrenderablePdfException, PreviewUnavailableException {
        try {
            if (!permits.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                throw new PreviewUnavailableException(NoPreviewReason.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PreviewUnavailableException(NoPreviewReason.BUSY);
        }
        try {
            return RenderingDeadline.run(work, Duration.ofSeconds(Math.max(1, timeoutSeconds)));
        } finally {
            permits.release();
        }
    }
}
