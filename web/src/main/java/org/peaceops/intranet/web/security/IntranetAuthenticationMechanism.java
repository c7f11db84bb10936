package org.peaceops.intranet.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.peaceops.intranet.identity.application.AuthenticationSettings;
import org.peaceops.intranet.identity.application.BearerTokens;
import org.peaceops.intranet.identity.application.SignIns;
import org.peaceops.intranet.identity.domain.Role;
import org.peaceops.intranet.identity.domain.UserProfile;

/**
 * The one mechanism the container calls. REST calls with {@code Authorization: Bearer} are checked
 * against Keycloak's keys ({@link BearerTokens}); a bad token gets a bare 401. Everything else goes to
 * the mode's sign-in mechanism ({@link DemoSignIn} or {@link OidcSignIn}), which Jakarta Security
 * defines as a bean of its own: as the enabled alternative this one is chosen, and it delegates.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class IntranetAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the profile of a caller signed in by a Bearer token. */
    public static final String BEARER_PROFILE = IntranetAuthenticationMechanism.class.getName() + ".profile";
    private static final String BEARER = "Bearer ";

    @Inject
    BeanManager beans;

    @Inject
    BearerTokens tokens;

    @Inject
    AuthenticationSettings settings;

    @Inject
    SignInServiceProbe signInService;

    @Inject
    SignIns signIns;

    @Inject
    MultipartCap multipartCap;

    private volatile HttpAuthenticationMechanism signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (multipartCap.refuses(request)) {
            try {
                multipartCap.refuse(request, response);
            } catch (java.io.IOException e) {
                throw new AuthenticationException(e);
            }
            // The response is written: the container sends it as it is and reads nothing more.
            return AuthenticationStatus.SEND_CONTINUE;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            if (!isApi(request)) {
                return context.responseUnauthorized();
            }
            return tokens.caller(authorization.substring(BEARER.length()).trim())
                    .map(profile -> signInWithToken(request, context, profile))
                    .orElseGet(context::responseUnauthorized);
        }
        if (needsSignInService(request, context) && !signInService.isUp()) {
            return signInServiceUnavailable(response, context);
        }
        try {
            AuthenticationStatus status = signIn().validateRequest(request, response, context);
            if (status == AuthenticationStatus.SEND_FAILURE && !settings.isDemo() && isOidcCallback(request)) {
                signIns.oidcFailed(request.getParameter("error"), request.getRemoteAddr());
            }
            return status;
        } catch (RuntimeException e) {
            if (settings.isDemo() || !causedByNetwork(e)) {
                throw e;
            }
            return signInServiceUnavailable(response, context);
        }
    }

    /** Someone not yet signed in asks for a protected page: OIDC mode will send them to Keycloak. */
    private boolean needsSignInService(HttpServletRequest request, HttpMessageContext context) {
        return !settings.isDemo() && context.isProtected() && !OidcCallbackServlet.signedIn(request);
    }

    private static AuthenticationStatus signInServiceUnavailable(HttpServletResponse response,
            HttpMessageContext context) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        return context.forward("/error/signin-unavailable.xhtml");
    }

    private static boolean causedByNetwork(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return signIn().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        signIn().cleanSubject(request, response, context);
    }

    private static AuthenticationStatus signInWithToken(HttpServletRequest request, HttpMessageContext context,
            UserProfile profile) {
        request.setAttribute(BEARER_PROFILE, profile);
        Set<String> groups = profile.roles().stream().map(Role::roleName).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(new CallerPrincipal(profile.username()), groups);
    }

    private static boolean isOidcCallback(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + "/oidc/callback");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The mode's mechanism: the other HttpAuthenticationMechanism bean, the one defined by annotation. */
    private HttpAuthenticationMechanism signIn() {
        HttpAuthenticationMechanism mechanism = signIn;
        if (mechanism == null) {
            Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(b -> !b.getTypes().contains(IntranetAuthenticationMechanism.class))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No sign-in mechanism for intranet.auth.mode"));
            mechanism = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                    beans.createCreationalContext(bean));
            signIn = mechanism;
        }
        return mechanism;
    }
}
