package org.peaceops.intranet.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.peaceops.intranet.shared.Role;

/**
 * The security headers of every response, pages, API and servlets alike: a full Content-Security-Policy
 * ({@link ContentSecurityPolicy}; PrimeFaces' own header, with its nonce, replaces ours on Faces pages),
 * no MIME sniffing, no full referrer to other sites, no framing by other sites, HSTS over TLS. A file
 * sent for download (any response with a Content-Disposition: DownloadServlet, the API's file endpoint,
 * exports) is always an attachment and carries a sandbox policy, so an HTML or SVG document never runs
 * script in the intranet's origin even if a browser opens it. Also logs every 403 with its cause, once, on the error
 * dispatch: who was refused what, and which roles the container saw.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());
    static final String CSP = "Content-Security-Policy";
    private static final String REFUSAL_LOGGED = SecurityHeadersFilter.class.getName() + ".refusalLogged";
    private static final String DISPOSITION = "Content-Disposition";
    private static final String DOWNLOAD_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR && response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            logRefusal(request);
        }
        response.setHeader(CSP, ContentSecurityPolicy.OTHER);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, new Headers(response));
    }

    /** One line per 403: what was refused, to whom, with which roles (the API's error filter calls it too). */
    public static void logRefusal(HttpServletRequest request) {
        if (request.getAttribute(REFUSAL_LOGGED) != null) {
            return; // both error filters may see the same 403
        }
        request.setAttribute(REFUSAL_LOGGED, Boolean.TRUE);
        Principal caller = request.getUserPrincipal();
        String roles = caller == null ? "-" : Arrays.stream(Role.values()).map(Role::roleName)
                .filter(request::isUserInRole).collect(Collectors.joining(","));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        LOG.warning(() -> "403 for " + uri + ": caller " + (caller == null ? "none (not signed in on this request)"
                : caller.getName() + " with roles [" + roles + "]") + ", session "
                + (request.getSession(false) == null ? "none" : "present") + (message == null ? "" : ", " + message));
    }

    /**
     * Lets PrimeFaces' nonce policy replace ours (a second CSP header would be enforced as well and block
     * its nonce scripts), and turns a file that would run in the browser into a sandboxed attachment.
     */
    static final class Headers extends HttpServletResponseWrapper {

        Headers(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name) || DISPOSITION.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (DISPOSITION.equalsIgnoreCase(name) && value != null) {
                // A file sent for download never runs: no script, no plugins, an opaque origin of its own.
                super.setHeader(CSP, DOWNLOAD_POLICY);
                super.setHeader(name, value.regionMatches(true, 0, "inline", 0, 6) ? "attachment" + value.substring(6) : value);
                return;
            }
            super.setHeader(name, value);
        }
    }
}
