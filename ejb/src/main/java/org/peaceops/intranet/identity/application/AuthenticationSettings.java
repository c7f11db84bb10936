package org.peaceops.intranet.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The authentication settings, read once from MicroProfile Config. */
@ApplicationScoped
public class AuthenticationSettings {

    @Inject
    @ConfigProperty(name = "intranet.auth.mode", defaultValue = "demo")
    String mode;

    @Inject
    @ConfigProperty(name = "intranet.auth.demo.allow-with-postgresql", defaultValue = "false")
    boolean demoAllowedWithPostgresql;

    public AuthenticationMode mode() {
        return AuthenticationMode.parse(mode);
    }

    public boolean isDemo() {
        return mode() == AuthenticationMode.DEMO;
    }

    public boolean demoAllowedWithPostgresql() {
        return demoAllowedWithPostgresql;
    }
}
