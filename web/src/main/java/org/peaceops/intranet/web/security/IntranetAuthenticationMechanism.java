package org.peaceops.intranet.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peaceops.intranet.identity.application.AuthenticationSettings;
import org.peaceops.intranet.identity.application.BearerTokens;
import org.peaceops.intranet.identity.application.SignIns;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;

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
    /** NodeContentServlet's path (web.node depends on this package, not the other way round). */
    static final String NODE_CHANNEL = "/api/v1/node/content/";

    @Inject
    BeanManager beans;

    @Inject
    BearerTokens tokens;

    @Inject
    AuthenticationSettings settings;

    @Inject
    SignInServiceProbe signInService;

    @Inject
    Instance<OpenIdContext> openId;

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
        if (isNodeChannel(request)) {
            // A mission node's credential is no person's token: NodeContentServlet checks it (401 otherwise).
            return context.doNothing();
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
        if (!context.isAuthenticationRequest()) {
            Optional<SessionCaller> kept = SessionCaller.of(request);
            if (kept.isPresent() && tokensStillValid()) {
                return context.notifyContainerAboutLogin(new CallerPrincipal(kept.get().name()), kept.get().groups());
            }
        }
        try {
            AuthenticationStatus status = signIn().validateRequest(request, response, context);
            if (status == AuthenticationStatus.SUCCESS) {
                SessionCaller.keep(request, context);
            }
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

    /**
     * Demo sessions hold no tokens. In OIDC mode the mode's mechanism must see expired tokens (to refresh
     * them or end the session), so the session's caller is used only while both are still valid.
     */
    private boolean tokensStillValid() {
        if (settings.isDemo()) {
            return true;
        }
        if (!openId.isResolvable()) {
            return false;
        }
        OpenIdContext oidc = openId.get();
        return oidc.getAccessToken() != null && !oidc.getAccessToken().isExpired()
                && (oidc.getIdentityToken() == null || !oidc.getIdentityToken().isExpired());
    }

    private static boolean isNodeChannel(HttpServletRequest request) {
        // The mapped (decoded, normalised) path, the one the container's constraints were matched against.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(NODE_CHANNEL);
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
        SessionCaller.forget(request);
        signIn().cleanSubject(request, response, context);
    }

    /**
     * Who signed in in this session (demo form or OIDC), with the groups the identity store gave. Payara
     * 6.2025 restores a sign-in on later requests from a security context it shares between threads
     * (payara/Payara#6145, fixed by FISH-7515 in 2026): under parallel requests of different sessions one
     * request could see another's principal, or none, and was refused with a 403. Restoring the caller
     * from this session's own attribute, with explicit groups, takes nothing from that shared state.
     */
    record SessionCaller(String name, Set<String> groups) implements java.io.Serializable {

        private static final String ATTRIBUTE = SessionCaller.class.getName();

        static Optional<SessionCaller> of(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller
                    ? Optional.of(caller) : Optional.empty();
        }

        /** After the mode's mechanism validated a sign-in: the caller and groups it told the container. */
        static void keep(HttpServletRequest request, HttpMessageContext context) {
            if (context.getCallerPrincipal() != null && context.getGroups() != null) {
                request.getSession().setAttribute(ATTRIBUTE,
                        new SessionCaller(context.getCallerPrincipal().getName(), Set.copyOf(context.getGroups())));
            }
        }

        static void forget(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
        }
    }

    private static AuthenticationStatus signInWithToken(HttpServletRequest request, HttpMessageContext context,
            Caller profile) {
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
