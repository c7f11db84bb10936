package org.peaceops.intranet.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Demo mode's authentication mechanism: the Faces login form against {@link DemoIdentityStore}. An
 * expired session brings the person back to the page they asked for once signed in. Only one of
 * {@code DemoSignIn} and {@link OidcSignIn} is a bean: {@link AuthenticationModeExtension} vetoes the other.
 */
@ApplicationScoped
@DeclareRoles({"reader", "contributor", "approver", "trainer", "bpo", "admin"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class DemoSignIn {
}
