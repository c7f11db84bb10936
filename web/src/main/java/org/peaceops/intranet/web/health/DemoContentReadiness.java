package org.peaceops.intranet.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.peaceops.intranet.documents.application.demo.DemoContentStatus;

/**
 * Not ready while the demo guidance is being imported at start-up (only when a demo content folder is
 * configured): the first person, or test, to open the library sees the whole demo library.
 */
@Readiness
@ApplicationScoped
public class DemoContentReadiness implements HealthCheck {

    @Inject
    DemoContentStatus status;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("demo-content").status(!status.isPending()).build();
    }
}
