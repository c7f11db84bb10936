package org.peaceops.intranet.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after sign-in (the OIDC redirect URI). The mechanism has
 * already exchanged the code and signed the person in when this runs; it only sends them on to the
 * page they were going to.
 */
@WebServlet("/oidc/callback")
public class OidcCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String SIGNED_IN = OidcCallbackServlet.class.getName() + ".signedIn";

    /** True once this session came back signed in from Keycloak (logout invalidates the session). */
    static boolean signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(SIGNED_IN));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The sign-in itself is recorded by SignInRecordingFilter, which saw this request first.
        request.getSession().setAttribute(SIGNED_IN, Boolean.TRUE);
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(ReturnAddress.SESSION_KEY);
        response.sendRedirect(request.getContextPath() + ReturnAddress.safeTarget(remembered));
    }
}
