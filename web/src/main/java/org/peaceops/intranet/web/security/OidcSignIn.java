package org.peaceops.intranet.web.security;

import org.peaceops.intranet.identity.application.OidcSettings;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * OIDC mode's authentication mechanism: Keycloak's login page (authorization code flow), roles from
 * the flat {@code groups} claim, and RP-initiated logout that ends the Keycloak session too. Settings
 * come from MicroProfile Config through {@link OidcSettings}. After signing in, {@link OidcCallbackServlet}
 * sends the person on to the page they asked for ({@link ReturnAddress}).
 */
@ApplicationScoped
@DeclareRoles({"reader", "contributor", "approver", "trainer", "bpo", "admin"})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/oidc/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/login.xhtml?signedOut=true"))
public class OidcSignIn {
}
