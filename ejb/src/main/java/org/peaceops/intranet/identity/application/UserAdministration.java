package org.peaceops.intranet.identity.application;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.documents.domain.audit.AuditAction;
import org.peaceops.intranet.documents.domain.audit.AuditEntry;
import org.peaceops.intranet.documents.domain.audit.AuditTrail;
import org.peaceops.intranet.identity.application.DirectoryUnavailableException.Kind;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.identity.domain.UserProfile;
import org.peaceops.intranet.identity.infrastructure.KeycloakAdministration;

/**
 * Administrators manage Keycloak accounts from the intranet: list and search them, enable and
 * disable them. Every change is checked by the access policy and audited with before and after.
 * Available in OIDC mode only (demo identities live in the application, not in Keycloak).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class UserAdministration {

    @Inject
    AuthenticationSettings settings;

    @Inject
    OidcSettings oidc;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "intranet.keycloak.admin.client-id", defaultValue = "intranet-admin")
    String adminClientId;

    @Inject
    @ConfigProperty(name = "intranet.keycloak.admin.client-secret", defaultValue = "")
    String adminClientSecret;

    private volatile KeycloakAdministration keycloak;

    public boolean isAvailable() {
        return !settings.isDemo() && !oidc.getProviderUri().isBlank() && !adminClientSecret.isBlank();
    }

    public List<DirectoryUser> users(UserProfile admin, String search, int first, int max) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        return keycloak().users(search, first, Math.min(max, 100));
    }

    public int countUsers(UserProfile admin, String search) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        return keycloak().countUsers(search);
    }

    public void setEnabled(UserProfile admin, String userId, boolean enabled) {
        access.require(admin, Action.ADMINISTER, admin.mission());
        DirectoryUser before = keycloak().user(userId);
        keycloak().setEnabled(userId, enabled);
        audit.record(new AuditEntry(Instant.now(), admin.subject(),
                enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, "keycloak-user", userId,
                "username=" + before.getUsername() + " enabled: " + before.isEnabled() + " -> " + enabled));
    }

    private KeycloakAdministration keycloak() {
        if (!isAvailable()) {
            throw new DirectoryUnavailableException(Kind.NOT_CONFIGURED,
                    "Keycloak administration needs intranet.auth.mode=oidc and intranet.keycloak.admin.client-secret", null);
        }
        KeycloakAdministration k = keycloak;
        if (k == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = new KeycloakAdministration(oidc.getProviderUri(), adminClientId, adminClientSecret);
                }
                k = keycloak;
            }
        }
        return k;
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
