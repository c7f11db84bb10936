package org.peaceops.intranet.documents.infrastructure.tika;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.application.ingest.IngestSettings;

/**
 * Makes the one Tika detector and extractor of the application, from {@link IngestSettings}; the
 * application sees them as its ports {@code ContentTypes} and {@code TextExtraction}.
 */
@ApplicationScoped
public class TikaProducers {

    private static final Logger LOG = Logger.getLogger(TikaProducers.class.getName());

    @Inject
    IngestSettings settings;

    @Produces
    @Singleton
    TikaContentDetector detector() {
        return new TikaContentDetector();
    }

    /**
     * Child JVMs when asked for (the default) and Tika's jars are in a directory (the EAR's lib/) to give
     * them as class path; otherwise in the server's JVM, said loudly.
     */
    @Produces
    @Singleton
    TikaTextExtractor extractor() {
        if (settings.processIsolation()) {
            Optional<Path> tikaBin = TikaTextExtractor.tikaJarDirectory();
            if (tikaBin.isPresent()) {
                LOG.info(() -> "Text extraction in child JVMs (" + settings.childHeapMb() + " MB heap each), class path "
                        + tikaBin.get());
                return TikaTextExtractor.forked(settings.maxChars(), settings.timeout(), tikaBin.get(),
                        settings.childHeapMb(), settings.workers());
            }
            LOG.warning("Tika's jars are not in a directory: text extraction runs in the server's JVM, without"
                    + " process isolation");
        }
        return new TikaTextExtractor(settings.maxChars(), settings.timeout());
    }

    void close(@Disposes TikaTextExtractor extractor) {
        extractor.close();
    }
}
