package org.peaceops.intranet.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * Records a sign-in once per session, on the first request that carries the signed-in caller. In demo
 * mode the form sign-in completes on the redirect that follows it, so the sign-in page itself cannot
 * know the caller yet; here both modes are seen the same way. API calls with a Bearer token have no
 * session and are not sign-ins.
 */
@WebFilter(urlPatterns = "/*")
public class SignInRecordingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String RECORDED = SignInRecordingFilter.class.getName() + ".recorded";

    @Inject
    SignInRecorder recorder;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (caller != null && session != null && !caller.getName().equals(session.getAttribute(RECORDED))) {
            session.setAttribute(RECORDED, caller.getName());
            recorder.signedIn(request.getRemoteAddr());
        }
        chain.doFilter(request, response);
    }
}
