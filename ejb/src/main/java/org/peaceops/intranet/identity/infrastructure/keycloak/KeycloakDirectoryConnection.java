package org.peaceops.intranet.identity.infrastructure.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.identity.application.AuthenticationSettings;
import org.peaceops.intranet.identity.application.OidcSettings;
import org.peaceops.intranet.identity.application.directory.DirectoryConnection;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.identity.application.directory.DirectoryException.Reason;
import org.peaceops.intranet.identity.application.directory.IdentityDirectory;

/**
 * The one connection to Keycloak's administration API, as the realm's service account, opened on first
 * use. Available in OIDC mode with a service-account secret; in demo mode the accounts are built in and
 * there is nothing to administer, which {@link #isAvailable()} tells the screens.
 *
 * <p>Configuration: {@code intranet.keycloak.admin.client-id} (default {@code intranet-admin}),
 * {@code intranet.keycloak.admin.client-secret}, {@code intranet.keycloak.admin.server-url} (default: the
 * part of {@code intranet.oidc.provider-uri} before {@code /realms/}).
 */
@ApplicationScoped
public class KeycloakDirectoryConnection implements DirectoryConnection {

    @Inject
    AuthenticationSettings authentication;

    @Inject
    OidcSettings oidc;

    @Inject
    IsolatedKeycloakAdmin isolated;

    @Inject
    @ConfigProperty(name = "intranet.keycloak.admin.client-id", defaultValue = "intranet-admin")
    String clientId;

    // Optional rather than defaultValue = "": MicroProfile Config treats an empty default as missing.
    @Inject
    @ConfigProperty(name = "intranet.keycloak.admin.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "intranet.keycloak.admin.server-url")
    Optional<String> serverUrl;

    private IdentityDirectory directory;

    @Override
    public boolean isAvailable() {
        return !authentication.isDemo() && oidc.getProviderUri().contains("/realms/")
                && clientSecret.filter(s -> !s.isBlank()).isPresent();
    }

    /** The directory, or a {@link DirectoryException} ({@code NOT_CONFIGURED}) saying what is missing. */
    @Override
    public synchronized IdentityDirectory directory() {
        if (!isAvailable()) {
            throw new DirectoryException(Reason.NOT_CONFIGURED, "Identity administration needs Keycloak: "
                    + "intranet.auth.mode=oidc, intranet.oidc.provider-uri and intranet.keycloak.admin.client-secret");
        }
        if (directory == null) {
            String issuer = oidc.getProviderUri();
            int at = issuer.indexOf("/realms/");
            String realm = issuer.substring(at + "/realms/".length()).replaceAll("/+$", "");
            directory = isolated.connect(serverUrl.orElse(issuer.substring(0, at)), realm, clientId, clientSecret.get());
        }
        return directory;
    }

    @PreDestroy
    synchronized void close() {
        if (directory != null) {
            directory.close();
            directory = null;
        }
    }
}
