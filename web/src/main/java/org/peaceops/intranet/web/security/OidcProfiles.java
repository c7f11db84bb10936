package org.peaceops.intranet.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;

/**
 * Builds the signed-in person's profile from Keycloak's tokens: subject, name, the roles the
 * container granted from the {@code groups} claim, and the {@code mission} and {@code category} claims.
 */
@RequestScoped
public class OidcProfiles {

    /** Mission of someone Keycloak placed in no mission group: matches no mission's documents. */
    static final String NO_MISSION = "NONE";
    private static final Logger LOG = Logger.getLogger(OidcProfiles.class.getName());

    @Inject
    Instance<OpenIdContext> openId;

    @Inject
    SecurityContext security;

    public Optional<Caller> current() {
        if (security.getCallerPrincipal() == null || !openId.isResolvable()) {
            return Optional.empty();
        }
        OpenIdContext context = openId.get();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isCallerInRole(role.roleName())) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        var claims = context.getClaims();
        String username = claims.getPreferredUsername().orElse(security.getCallerPrincipal().getName());
        String mission = claim(context, "mission").orElse(NO_MISSION);
        PersonnelCategory category = claim(context, "category").flatMap(PersonnelCategory::fromCode)
                .orElseGet(() -> {
                    LOG.warning(() -> username + " has no personnel category in Keycloak; treated as civilian");
                    return PersonnelCategory.CIVILIAN;
                });
        String name = claims.getName().orElse(username);
        return Optional.of(new Caller(context.getSubject(), username, name, roles, mission, category));
    }

    /** The e-mail address Keycloak holds for the person, when signed in through OIDC. */
    public Optional<String> email() {
        return fromSignIn(context -> context.getClaims().getEmail());
    }

    /**
     * The personnel number (index number) Keycloak holds for the person, from the personnel_number
     * claim, when signed in through OIDC: training recognises people attested before they signed in by it.
     */
    public Optional<String> personnelNumber() {
        return fromSignIn(context -> claim(context, "personnel_number")).filter(n -> !n.isBlank());
    }

    /** What the OIDC sign-in's tokens say, if the person signed in that way; empty otherwise. */
    private Optional<String> fromSignIn(Function<OpenIdContext, Optional<String>> read) {
        if (security.getCallerPrincipal() == null || !openId.isResolvable()) {
            return Optional.empty();
        }
        try {
            return read.apply(openId.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A claim from the ID token, or else from the access token (the realm maps both). */
    private static Optional<String> claim(OpenIdContext context, String name) {
        Optional<String> fromIdToken = context.getClaims().getStringClaim(name);
        return fromIdToken.isPresent() ? fromIdToken
                : context.getAccessToken().getJwtClaims().getStringClaim(name);
    }
}
