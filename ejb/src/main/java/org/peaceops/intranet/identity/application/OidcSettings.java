package org.peaceops.intranet.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Keycloak connection settings: the web mechanism's expressions read them by name, the API token check too. */
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
