package org.peaceops.intranet.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.peaceops.intranet.platform.application.SchemaMigrations;

/**
 * Base of each bounded context's {@code @Startup} migration bean: brings the context's schema up to
 * date before its persistence unit is used. A failure stops the deployment: running on a schema we
 * do not understand would risk the stored data.
 */
public abstract class StartupSchemaMigration {

    private static final Logger LOG = Logger.getLogger(StartupSchemaMigration.class.getName());

    @Resource(lookup = "jdbc/intranet")
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    /** The schema name, which is also the migration folder {@code db/migration/<context>}. */
    protected abstract String context();

    @PostConstruct
    void migrate() {
        String context = context();
        try {
            MigrateResult result = SchemaMigrator.migrate(dataSource, context, getClass().getClassLoader());
            // Flyway reports no target version when nothing was pending: the schema stayed where it was.
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            migrations.migrated(context, result.migrationsExecuted, version);
            LOG.info(() -> "Schema " + context + " at version " + version
                    + " (" + result.migrationsExecuted + " applied now)");
        } catch (RuntimeException e) {
            migrations.failed(context, e);
            throw e;
        }
    }
}
