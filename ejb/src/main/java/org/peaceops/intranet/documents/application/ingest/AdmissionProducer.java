package org.peaceops.intranet.documents.application.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Makes the one admission rule of the application: the detector's answer against {@link IngestSettings}. */
@ApplicationScoped
public class AdmissionProducer {

    @Inject
    IngestSettings settings;

    @Produces
    @Singleton
    FileAdmission admission(ContentTypes detector) {
        return new FileAdmission(detector, settings.allowedTypes());
    }
}
