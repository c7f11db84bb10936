package org.peaceops.intranet.documents.application.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.documents.domain.extraction.ExtractionOutcome;
import org.peaceops.intranet.documents.domain.extraction.ExtractionReason;
import org.peaceops.intranet.documents.domain.extraction.ExtractionStatus;

/**
 * One extraction, run by a worker: the blob's text goes to the text store (committed only when the parse
 * ended), then the outcome is recorded. A content that was started {@value #MAX_ATTEMPTS} times without
 * a result (each time the server went down with it) is given up as failed instead of tried forever.
 */
@ApplicationScoped
public class ExtractionJob {

    private static final Logger LOG = Logger.getLogger(ExtractionJob.class.getName());
    static final int MAX_ATTEMPTS = 3;

    @Inject
    ContentStore blobs;

    @Inject
    TextArchive texts;

    @Inject
    TextExtraction extractor;

    @Inject
    ExtractionRecorder recorder;

    @Inject
    ContentTypes detector;

    /** A file name with the detected type's extension: the parser then needs no second guess (a DOCX is not just a ZIP). */
    private String nameHint(String detectedType) {
        if (detectedType == null) {
            return null;
        }
        return detector.extensionsOf(detectedType).stream().findFirst().map(ext -> "content." + ext).orElse(null);
    }

    public void run(String contentSha256) {
        ExtractionRecorder.Start start = recorder.start(contentSha256).orElse(null);
        if (start == null) {
            return; // no such request any more
        }
        if (start.attempt() > MAX_ATTEMPTS) {
            recorder.finish(contentSha256, ExtractionOutcome.without(ExtractionStatus.FAILED, ExtractionReason.PARSER_ERROR,
                    "Extraction was started " + MAX_ATTEMPTS + " times without finishing; it is not tried again."));
            return;
        }
        Path file = blobs.locate(contentSha256);
        ExtractionOutcome outcome;
        long started = System.nanoTime();
        try (TextArchive.PendingText text = texts.begin(contentSha256)) {
            outcome = extractor.extract(file, nameHint(start.detectedType()), text.writer());
            if (outcome.hasText()) {
                text.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the text of " + contentSha256, e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Extracted " + contentSha256 + ": " + outcome.status() + outcome.reason().map(r -> " " + r).orElse("")
                + ", " + outcome.textChars() + " characters in " + millis + " ms");
        recorder.finish(contentSha256, outcome);
    }
}
