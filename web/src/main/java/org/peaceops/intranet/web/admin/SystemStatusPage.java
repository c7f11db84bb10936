package org.peaceops.intranet.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.TreeMap;
import org.peaceops.intranet.identity.application.AuthenticationSettings;
import org.peaceops.intranet.platform.application.DataDirectory;
import org.peaceops.intranet.platform.application.DatabaseStatus;
import org.peaceops.intranet.platform.application.SchemaMigrations;

/** What an administrator checks first: database, schema versions, data directory, identity mode. */
@Named
@RequestScoped
public class SystemStatusPage {

    @Inject
    DatabaseStatus database;

    @Inject
    SchemaMigrations migrations;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    AuthenticationSettings authentication;

    public String getDatabaseProduct() {
        return database.productName();
    }

    public String getDatabaseProblem() {
        return database.problem().orElse("");
    }

    public Map<String, String> getSchemas() {
        return new TreeMap<>(migrations.outcomes());
    }

    public String getDataDirectory() {
        return dataDirectory.root().toString();
    }

    public boolean isDataDirectoryWritable() {
        return dataDirectory.isWritable();
    }

    public String getAuthenticationMode() {
        return authentication.mode().name().toLowerCase(java.util.Locale.ROOT);
    }
}
