package org.peaceops.intranet.documents.infrastructure;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.peaceops.intranet.platform.infrastructure.StartupSchemaMigration;

/** Migrates the {@code documents} schema when the application starts. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DocumentsSchemaMigration extends StartupSchemaMigration {

    public static final String CONTEXT = "documents";

    @Override
    protected String context() {
        return CONTEXT;
    }
}
