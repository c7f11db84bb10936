package org.peaceops.intranet.documents.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.util.Optional;
import org.peaceops.intranet.documents.application.ExtractedTexts;

/**
 * PLACEHOLDER, deleted when the ingest branch merges: its Tika extraction implements
 * {@link ExtractedTexts} for real. Until then no file has extracted text, so the document page says the
 * text is not available yet, and the application deploys with exactly one implementation.
 */
@ApplicationScoped
public class NoExtractedTextsYet implements ExtractedTexts {

    @Override
    public Optional<Reader> open(String contentSha256) {
        return Optional.empty();
    }
}
