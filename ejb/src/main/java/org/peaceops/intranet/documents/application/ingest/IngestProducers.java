package org.peaceops.intranet.documents.application.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.peaceops.intranet.documents.infrastructure.tika.TikaContentDetector;
import org.peaceops.intranet.documents.infrastructure.tika.TikaTextExtractor;

/** Makes the one detector, admission rule and extractor of the application, from {@link IngestSettings}. */
@ApplicationScoped
public class IngestProducers {

    @Inject
    IngestSettings settings;

    @Produces
    @Singleton
    TikaContentDetector detector() {
        return new TikaContentDetector();
    }

    @Produces
    @Singleton
    FileAdmission admission(TikaContentDetector detector) {
        return new FileAdmission(detector, settings.allowedTypes());
    }

    @Produces
    @Singleton
    TikaTextExtractor extractor() {
        return new TikaTextExtractor(settings.maxChars(), settings.timeout());
    }

    void close(@Disposes TikaTextExtractor extractor) {
        extractor.close();
    }
}
