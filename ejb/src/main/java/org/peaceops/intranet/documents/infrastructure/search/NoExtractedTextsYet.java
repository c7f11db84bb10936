package org.peaceops.intranet.documents.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.util.Optional;
import org.peaceops.intranet.documents.application.ExtractedTexts;

/**
 * Placeholder: no file text is extracted yet, so the index holds titles, summaries and keywords only.
 * Deleted when the ingest branch merges (its Tika-backed {@link ExtractedTexts} replaces this one).
 */
@ApplicationScoped
public class NoExtractedTextsYet implements ExtractedTexts {

    @Override
    public Optional<Reader> open(String contentSha256) {
        return Optional.empty();
    }
}
