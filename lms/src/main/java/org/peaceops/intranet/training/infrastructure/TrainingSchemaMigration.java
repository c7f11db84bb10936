package org.peaceops.intranet.training.infrastructure;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.peaceops.intranet.platform.infrastructure.StartupSchemaMigration;

/** Migrates the {@code training} schema, with its own Flyway history, when the application starts. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class TrainingSchemaMigration extends StartupSchemaMigration {

    public static final String CONTEXT = "training";

    @Override
    protected String context() {
        return CONTEXT;
    }
}
