package org.peaceops.intranet.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.peaceops.intranet.platform.application.DataDirectory;

/**
 * Ready only when files can be written to the data directory right now. Anyone may ask, so the answer
 * is UP or DOWN only: where the data lives is for administrators (system status page) and the server log.
 */
@Readiness
@ApplicationScoped
public class DataDirectoryReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DataDirectoryReadiness.class.getName());

    /** Logged once per outage, not at every probe. */
    private final AtomicBoolean downReported = new AtomicBoolean();

    @Inject
    DataDirectory dataDirectory;

    @Override
    public HealthCheckResponse call() {
        boolean writable = dataDirectory.isWritable();
        if (!writable && downReported.compareAndSet(false, true)) {
            LOG.warning(() -> "Not ready: the data directory " + dataDirectory.root() + " is not writable");
        } else if (writable) {
            downReported.set(false);
        }
        return HealthCheckResponse.named("data-directory").status(writable).build();
    }
}
