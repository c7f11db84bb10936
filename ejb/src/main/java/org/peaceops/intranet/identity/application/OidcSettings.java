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
    // Optional, not defaultValue = "": MicroProfile Config treats an empty default as no value at all,
    // and the deployment fails in demo mode, where these are rightly unset.
    @ConfigProperty(name = "intranet.oidc.provider-uri")
    java.util.Optional<String> providerUri;

    @Inject
    @ConfigProperty(name = "intranet.oidc.client-id", defaultValue = "intranet")
    String clientId;

    @Inject
    @ConfigProperty(name = "intranet.oidc.client-secret")
    java.util.Optional<String> clientSecret;

    /** The realm URL, or "" when not configured (demo mode). */
    public String getProviderUri() {
        return providerUri.orElse("");
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }
}
