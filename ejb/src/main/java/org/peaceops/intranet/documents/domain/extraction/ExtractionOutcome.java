package org.peaceops.intranet.documents.domain.extraction;

import java.util.Objects;
import java.util.Optional;

/**
 * What one extraction run found: a status, a reason when the text is missing or partial, and the
 * metadata read from the file. Built by the extractor, recorded on {@link ContentExtraction}.
 */
public record ExtractionOutcome(ExtractionStatus status, Optional<ExtractionReason> reason, Optional<String> detail,
        Optional<String> title, Optional<String> author, Optional<Integer> pageCount, Optional<String> language,
        long textChars) {

    public ExtractionOutcome {
        Objects.requireNonNull(status);
        if (status == ExtractionStatus.PENDING) {
            throw new IllegalArgumentException("An outcome is a finished extraction");
        }
        if (status != ExtractionStatus.EXTRACTED && reason.isEmpty()) {
            throw new IllegalArgumentException("Without text there must be a reason");
        }
    }

    /** A failure or a file without text, with nothing else known. */
    public static ExtractionOutcome without(ExtractionStatus status, ExtractionReason reason, String detail) {
        return new ExtractionOutcome(status, Optional.of(reason), Optional.ofNullable(detail), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** Whether a text file was written for this outcome (readers of the text look for it only then). */
    public boolean hasText() {
        return status == ExtractionStatus.EXTRACTED && textChars > 0;
    }
}
