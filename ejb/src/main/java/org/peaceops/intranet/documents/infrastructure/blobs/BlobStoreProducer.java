package org.peaceops.intranet.documents.infrastructure.blobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.platform.application.DataDirectory;

/**
 * Makes the one blob store of the application, under {@code <data dir>/blobs}. Its size limit is
 * {@code intranet.upload.max-bytes} (environment {@code INTRANET_UPLOAD_MAX_BYTES}), 512 MB by default.
 */
@ApplicationScoped
public class BlobStoreProducer {

    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "intranet.upload.max-bytes", defaultValue = "536870912")
    long maxBytes;

    // A pseudo-scope: BlobStore is final and needs no client proxy; one instance serves every caller.
    @Produces
    @Singleton
    BlobStore blobStore() {
        return new BlobStore(dataDirectory.resolve("blobs"), maxBytes);
    }
}
