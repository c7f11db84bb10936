package org.peaceops.intranet.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.peaceops.intranet.identity.application.AuthenticationSettings;
import org.peaceops.intranet.identity.application.UserDirectory;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;

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

    private Optional<Caller> caller;

    /**
     * Drops what this request learned of the caller: after a sign-in within the request, where pages
     * may already have asked (e.g. a header's {@code rendered} test during decoding) and been told nobody.
     */
    public void forget() {
        caller = null;
    }

    public Optional<Caller> caller() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            Object bearer = request.getAttribute(IntranetAuthenticationMechanism.BEARER_PROFILE);
            if (principal == null) {
                caller = Optional.empty();
            } else if (bearer instanceof Caller fromToken) {
                caller = Optional.of(fromToken);
            } else {
                caller = settings.isDemo() ? directory.findByUsername(principal.getName()) : oidc.current();
            }
        }
        return caller;
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public boolean hasRole(Role role) {
        return caller().map(p -> p.hasRole(role)).orElse(false);
    }

    public String getDisplayName() {
        return caller().map(Caller::displayName).orElse("");
    }

    public String getUsername() {
        return caller().map(Caller::username).orElse("");
    }

    public String getMission() {
        return caller().map(Caller::mission).orElse("");
    }

    /** The bundle key of the person's most privileged role, e.g. {@code role.admin}. */
    public String getRoleKey() {
        return caller().flatMap(p -> Role.highest(p.roles())).map(r -> "role." + r.roleName()).orElse("role.none");
    }

    public String getCategoryKey() {
        return caller().map(p -> "category." + p.category().code()).orElse("category.none");
    }
}
