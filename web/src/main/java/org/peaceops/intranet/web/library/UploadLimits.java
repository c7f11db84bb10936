package org.peaceops.intranet.web.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The size limit the upload widget announces and enforces in the browser ({@code intranet.upload.max-bytes},
 * the same key the blob store enforces on the server, where it counts).
 */
@Named
@ApplicationScoped
public class UploadLimits implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "intranet.upload.max-bytes", defaultValue = "536870912")
    long maxBytes;

    public long getMaxBytes() {
        return maxBytes;
    }

    public long getMaxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
