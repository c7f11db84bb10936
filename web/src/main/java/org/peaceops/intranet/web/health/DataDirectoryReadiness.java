package org.peaceops.intranet.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.peaceops.intranet.platform.application.DataDirectory;

/** Ready only when files can be written to the data directory right now. */
@Readiness
@ApplicationScoped
public class DataDirectoryReadiness implements HealthCheck {

    @Inject
    DataDirectory dataDirectory;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("data-directory")
                .status(dataDirectory.isWritable())
                .withData("path", dataDirectory.root().toString())
                .build();
    }
}
