package org.peaceops.intranet.documents.infrastructure.texts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.peaceops.intranet.platform.application.DataDirectory;

/** Makes the one text store, under {@code <data dir>/texts}; it is also the {@code ExtractedTexts} others read. */
@ApplicationScoped
public class TextStoreProducer {

    @Inject
    DataDirectory dataDirectory;

    // A pseudo-scope: TextStore is final and needs no client proxy.
    @Produces
    @Singleton
    TextStore textStore() {
        return new TextStore(dataDirectory.resolve("texts"));
    }
}
