package org.peaceops.intranet.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The web module's authentication mechanism. Demo mode signs people in with a Faces login form
 * against {@link DemoIdentityStore}; the identity issue adds the Keycloak (OIDC) mechanism selected by
 * {@code intranet.auth.mode=oidc}. An expired session brings the person back to the page they
 * asked for once signed in (LoginToContinue).
 */
@ApplicationScoped
@DeclareRoles({"reader", "contributor", "approver", "trainer", "admin"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {
}
