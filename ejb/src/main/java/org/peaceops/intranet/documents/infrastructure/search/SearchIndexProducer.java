package org.peaceops.intranet.documents.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.documents.application.search.GuidanceIndex;
import org.peaceops.intranet.platform.application.DataDirectory;

/**
 * The node's one index, under {@code <data dir>/search-index} or {@code intranet.search.index-dir}, opened on
 * first use and closed (writer lock released) when the application stops, so a redeployment can open it
 * again. Instances sharing one data directory (the blob store) each need an index directory of their own:
 * Lucene's write lock lets only one of them open a directory.
 */
@ApplicationScoped
public class SearchIndexProducer {

    static final String DIRECTORY = "search-index";

    @Inject
    DataDirectory data;

    @Inject
    @ConfigProperty(name = "intranet.search.index-dir")
    Optional<String> indexDir;

    @Produces
    @ApplicationScoped
    GuidanceIndex index() {
        return LuceneSearchIndex.open(indexDir.filter(d -> !d.isBlank()).map(SearchIndexProducer::created)
                .orElseGet(() -> data.resolve(DIRECTORY)));
    }

    private static Path created(String dir) {
        try {
            return Files.createDirectories(Path.of(dir).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the search index directory " + dir, e);
        }
    }

    void close(@Disposes GuidanceIndex index) {
        if (index instanceof LuceneSearchIndex lucene) {
            lucene.close();
        }
    }
}
