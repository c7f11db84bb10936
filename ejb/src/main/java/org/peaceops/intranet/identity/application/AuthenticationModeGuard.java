package org.peaceops.intranet.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Refuses to start in an unsafe identity configuration: demo accounts have a public password, so
 * they may guard an embedded H2 demo database but not PostgreSQL, where real data lives, unless an
 * operator explicitly allows it (the test suite does, on its throwaway cluster).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AuthenticationModeGuard {

    private static final Logger LOG = Logger.getLogger(AuthenticationModeGuard.class.getName());

    @Inject
    AuthenticationSettings settings;

    @Resource(lookup = "jdbc/intranet")
    DataSource dataSource;

    @PostConstruct
    void check() {
        AuthenticationMode mode = settings.mode();
        String database = databaseProduct();
        verdict(mode, database, settings.demoAllowedWithPostgresql());
        if (mode == AuthenticationMode.DEMO) {
            LOG.warning(() -> "DEMO identity store active (public passwords) on " + database);
        } else {
            LOG.info(() -> "Signing in through OpenID Connect on " + database);
        }
    }

    /** The rule itself, free of the container so it can be unit tested. */
    static void verdict(AuthenticationMode mode, String databaseProduct, boolean demoAllowedWithPostgresql) {
        boolean postgres = databaseProduct.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        if (mode == AuthenticationMode.DEMO && postgres && !demoAllowedWithPostgresql) {
            throw new IllegalStateException("Refusing to start: demo identities (public passwords) on PostgreSQL. "
                    + "Use intranet.auth.mode=oidc, or set intranet.auth.demo.allow-with-postgresql=true for a test database.");
        }
    }

    private String databaseProduct() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database behind jdbc/intranet: " + e.getMessage(), e);
        }
    }
}
