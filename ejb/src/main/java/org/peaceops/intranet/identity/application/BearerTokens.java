package org.peaceops.intranet.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.identity.domain.UserProfile;
import org.peaceops.intranet.identity.infrastructure.AccessTokenVerifier;

/**
 * Who is calling the REST API with a Bearer access token. Tokens are accepted in OIDC mode only,
 * from the configured Keycloak realm, for the configured client (audience).
 */
@ApplicationScoped
public class BearerTokens {

    @Inject
    AuthenticationSettings settings;

    @Inject
    @ConfigProperty(name = "intranet.oidc.provider-uri", defaultValue = "")
    String issuer;

    @Inject
    @ConfigProperty(name = "intranet.oidc.client-id", defaultValue = "intranet")
    String audience;

    private volatile AccessTokenVerifier verifier;

    public Optional<UserProfile> caller(String token) {
        if (settings.isDemo() || issuer.isBlank()) {
            return Optional.empty();
        }
        return verifier().verify(token);
    }

    private AccessTokenVerifier verifier() {
        AccessTokenVerifier v = verifier;
        if (v == null) {
            synchronized (this) {
                if (verifier == null) {
                    verifier = AccessTokenVerifier.forRealm(issuer, audience);
                }
                v = verifier;
            }
        }
        return v;
    }
}
