package org.peaceops.intranet.toolbox.infrastructure;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.peaceops.intranet.platform.infrastructure.StartupSchemaMigration;

/** Migrates the {@code toolbox} schema, with its own Flyway history, when the application starts. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ToolboxSchemaMigration extends StartupSchemaMigration {

    public static final String CONTEXT = "toolbox";

    @Override
    protected String context() {
        return CONTEXT;
    }
}
