package org.peaceops.intranet.documents.application.ingest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.peaceops.intranet.documents.domain.extraction.ContentExtractionRepository;

/**
 * The extraction status of files, by content hash. Callers ask only for hashes of versions the access
 * policy already let them see (the document page passes those of the document it loaded).
 */
@Stateless
public class ExtractionQueries {

    @Inject
    ContentExtractionRepository extractions;

    public Map<String, ExtractionSummary> of(Collection<String> contentSha256s) {
        return extractions.findAll(contentSha256s).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new ExtractionSummary(e.getValue())));
    }
}
