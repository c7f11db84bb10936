package org.peaceops.intranet.identity.application;

import java.util.Locale;

/** {@code intranet.auth.mode}: who vouches for the person signing in. */
public enum AuthenticationMode {
    /** Built-in demo accounts; for the one-command run on embedded H2 only. */
    DEMO,
    /** Keycloak through OpenID Connect; the production mode. */
    OIDC;

    public static AuthenticationMode parse(String value) {
        if (value == null) {
            throw new IllegalStateException("intranet.auth.mode must be demo or oidc, not empty");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("intranet.auth.mode must be demo or oidc, not '" + value + "'", e);
        }
    }
}
