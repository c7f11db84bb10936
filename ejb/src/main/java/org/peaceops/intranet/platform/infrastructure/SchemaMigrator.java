package org.peaceops.intranet.platform.infrastructure;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies one bounded context's Flyway migrations to its own schema, with its own history table,
 * so that documents and training evolve independently (ARCHITECTURE.md, Data).
 */
public final class SchemaMigrator {

    private SchemaMigrator() {
    }

    /**
     * @param context the schema name and the migration folder {@code db/migration/<context>}
     * @param loader  the class loader that sees the migration scripts (the calling module's)
     */
    public static MigrateResult migrate(DataSource dataSource, String context, ClassLoader loader) {
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .schemas(context)
                .createSchemas(true)
                .locations("classpath:db/migration/" + context)
                .table("flyway_schema_history")
                .validateOnMigrate(true)
                .load();
        return flyway.migrate();
    }
}
