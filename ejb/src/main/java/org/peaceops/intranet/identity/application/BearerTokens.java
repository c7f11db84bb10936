package org.peaceops.intranet.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.peaceops.intranet.shared.Caller;

/**
 * Who is calling the REST API with a Bearer access token. Tokens are accepted in OIDC mode only,
 * from the configured Keycloak realm, for the configured client (audience).
 */
@ApplicationScoped
public class BearerTokens {

    @Inject
    AuthenticationSettings settings;

    @Inject
    OidcSettings oidc;

    @Inject
    AccessTokens tokens;

    private volatile AccessTokens.Check verifier;

    public Optional<Caller> caller(String token) {
        if (settings.isDemo() || oidc.getProviderUri().isBlank()) {
            return Optional.empty();
        }
        return verifier().verify(token);
    }

    private AccessTokens.Check verifier() {
        AccessTokens.Check v = verifier;
        if (v == null) {
            synchronized (this) {
                if (verifier == null) {
                    verifier = tokens.forRealm(oidc.getProviderUri(), oidc.getClientId());
                }
                v = verifier;
            }
        }
        return v;
    }
}
