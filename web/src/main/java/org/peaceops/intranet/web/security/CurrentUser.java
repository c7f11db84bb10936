package org.peaceops.intranet.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.peaceops.intranet.identity.application.AuthenticationSettings;
import org.peaceops.intranet.identity.application.UserDirectory;
import org.peaceops.intranet.identity.domain.Role;
import org.peaceops.intranet.identity.domain.UserProfile;

/** The person behind this request, for pages and API resources. Empty when nobody is signed in. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserDirectory directory;

    @Inject
    AuthenticationSettings settings;

    @Inject
    OidcProfiles oidc;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private Optional<UserProfile> profile;

    /**
     * Drops what this request learned of the caller: after a sign-in within the request, where pages
     * may already have asked (e.g. a header's {@code rendered} test during decoding) and been told nobody.
     */
    public void forget() {
        profile = null;
    }

    public Optional<UserProfile> profile() {
        if (profile == null) {
            Principal caller = security.getCallerPrincipal();
            Object bearer = request.getAttribute(IntranetAuthenticationMechanism.BEARER_PROFILE);
            if (caller == null) {
                profile = Optional.empty();
            } else if (bearer instanceof UserProfile fromToken) {
                profile = Optional.of(fromToken);
            } else {
                profile = settings.isDemo() ? directory.findByUsername(caller.getName()) : oidc.current();
            }
        }
        return profile;
    }

    public boolean isSignedIn() {
        return profile().isPresent();
    }

    public boolean hasRole(Role role) {
        return profile().map(p -> p.hasRole(role)).orElse(false);
    }

    public String getDisplayName() {
        return profile().map(UserProfile::displayName).orElse("");
    }

    public String getUsername() {
        return profile().map(UserProfile::username).orElse("");
    }

    public String getMission() {
        return profile().map(UserProfile::mission).orElse("");
    }

    /** The bundle key of the person's most privileged role, e.g. {@code role.admin}. */
    public String getRoleKey() {
        return profile().flatMap(p -> Role.highest(p.roles())).map(r -> "role." + r.roleName()).orElse("role.none");
    }

    public String getCategoryKey() {
        return profile().map(p -> "category." + p.category().code()).orElse("category.none");
    }
}
