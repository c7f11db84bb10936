package org.peaceops.intranet.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.peaceops.intranet.platform.application.DatabaseStatus;
import org.peaceops.intranet.platform.application.SchemaMigrations;

/** Ready only when the database answers and both bounded contexts have migrated their schema. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseStatus database;

    @Inject
    SchemaMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        Optional<String> problem = database.problem();
        boolean migrated = migrations.isMigrated("documents") && migrations.isMigrated("training");
        var response = HealthCheckResponse.named("database")
                .status(problem.isEmpty() && migrated)
                .withData("migrated", migrated);
        problem.ifPresent(p -> response.withData("problem", p));
        migrations.outcomes().forEach(response::withData);
        return response.build();
    }
}
