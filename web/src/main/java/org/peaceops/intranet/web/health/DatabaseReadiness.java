package org.peaceops.intranet.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.peaceops.intranet.platform.application.DatabaseStatus;
import org.peaceops.intranet.platform.application.SchemaMigrations;

/**
 * Ready only when the database answers and both bounded contexts have migrated their schema. Anyone may
 * ask, so the answer is UP or DOWN only: the database's error text and the schema versions are for
 * administrators (system status page) and the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    /** Logged once per outage, not at every probe. */
    private final AtomicBoolean downReported = new AtomicBoolean();

    @Inject
    DatabaseStatus database;

    @Inject
    SchemaMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        Optional<String> problem = database.problem();
        boolean migrated = migrations.isMigrated("documents") && migrations.isMigrated("training")
                && migrations.isMigrated("toolbox");
        boolean up = problem.isEmpty() && migrated;
        if (!up && downReported.compareAndSet(false, true)) {
            LOG.warning(() -> "Not ready: database " + problem.orElse("answers") + "; schemas " + migrations.outcomes());
        } else if (up) {
            downReported.set(false);
        }
        return HealthCheckResponse.named("database").status(up).build();
    }
}
