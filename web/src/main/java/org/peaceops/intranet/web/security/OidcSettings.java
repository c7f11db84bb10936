package org.peaceops.intranet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Keycloak connection settings, read by the OIDC mechanism's expressions in {@link OidcSignIn}. */
@Named
@ApplicationScoped
public class OidcSettings {

    /** e.g. {@code https://sso.example.org/realms/peaceops} */
    @Inject
    @ConfigProperty(name = "intranet.oidc.provider-uri", defaultValue = "")
    String providerUri;

    @Inject
    @ConfigProperty(name = "intranet.oidc.client-id", defaultValue = "intranet")
    String clientId;

    @Inject
    @ConfigProperty(name = "intranet.oidc.client-secret", defaultValue = "")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
