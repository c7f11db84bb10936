package org.peaceops.intranet.identity.infrastructure;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.function.Function;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.peaceops.intranet.identity.application.DirectoryUnavailableException;
import org.peaceops.intranet.identity.application.DirectoryUnavailableException.Kind;
import org.peaceops.intranet.identity.application.DirectoryUser;

/**
 * Keycloak's administration API through keycloak-admin-client, signed in as the realm's service
 * account ({@code intranet-admin}, client credentials). Every call runs inside
 * {@link JaxRsDelegateGuard#around} and turns Keycloak's failures into one clear exception.
 */
public class KeycloakAdministration implements AutoCloseable {

    private final String realm;
    private final Keycloak keycloak;

    /** @param issuer the realm URL, e.g. {@code http://localhost:8180/realms/peaceops} */
    public KeycloakAdministration(String issuer, String clientId, String clientSecret) {
        int at = issuer.indexOf("/realms/");
        if (at < 0) {
            throw new DirectoryUnavailableException(Kind.NOT_CONFIGURED, "Not a realm URL: " + issuer, null);
        }
        this.realm = issuer.substring(at + "/realms/".length()).replaceAll("/+$", "");
        this.keycloak = JaxRsDelegateGuard.around(() -> KeycloakBuilder.builder()
                .serverUrl(issuer.substring(0, at))
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .build());
    }

    public List<DirectoryUser> users(String search, int first, int max) {
        return call(r -> r.users().search(blankToNull(search), first, max, true).stream()
                .map(KeycloakAdministration::user).toList());
    }

    public int countUsers(String search) {
        return call(r -> search == null || search.isBlank() ? r.users().count() : r.users().count(search));
    }

    public DirectoryUser user(String id) {
        return call(r -> user(r.users().get(id).toRepresentation()));
    }

    public void setEnabled(String id, boolean enabled) {
        call(r -> {
            UserRepresentation user = r.users().get(id).toRepresentation();
            user.setEnabled(enabled);
            r.users().get(id).update(user);
            return null;
        });
    }

    private <T> T call(Function<RealmResource, T> action) {
        try {
            return JaxRsDelegateGuard.around(() -> action.apply(keycloak.realm(realm)));
        } catch (ProcessingException e) {
            throw new DirectoryUnavailableException(Kind.UNREACHABLE, "Keycloak did not answer: " + e.getMessage(), e);
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            Kind kind = switch (status) {
                case 401, 403 -> Kind.FORBIDDEN;
                case 404 -> Kind.NOT_FOUND;
                case 409 -> Kind.CONFLICT;
                default -> Kind.UNREACHABLE;
            };
            throw new DirectoryUnavailableException(kind, "Keycloak answered " + status, e);
        }
    }

    private static DirectoryUser user(UserRepresentation u) {
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).strip();
        return new DirectoryUser(u.getId(), u.getUsername(), name.isEmpty() ? u.getUsername() : name, u.getEmail(),
                Boolean.TRUE.equals(u.isEnabled()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public void close() {
        JaxRsDelegateGuard.around(() -> {
            keycloak.close();
            return null;
        });
    }
}
