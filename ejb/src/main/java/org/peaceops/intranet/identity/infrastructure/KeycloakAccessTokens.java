package org.peaceops.intranet.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.peaceops.intranet.identity.application.AccessTokens;

/** {@link AccessTokens} of a Keycloak realm, checked by {@link AccessTokenVerifier} against the realm's keys. */
@ApplicationScoped
public class KeycloakAccessTokens implements AccessTokens {

    @Override
    public Check forRealm(String issuer, String audience) {
        return AccessTokenVerifier.forRealm(issuer, audience);
    }
}
