package org.peaceops.intranet.web.security;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Remembers the last page a person asked for, so that after signing in at Keycloak they land where
 * they were going (an expired session included). Request listeners run before authentication, so
 * this sees the page even when the mechanism is about to send the browser away to sign in.
 *
 * <p>Why not the mechanism's own "redirect to original resource": Payara's Soteria restores the saved
 * request with a null parameter map, and every Faces page then fails on it.
 */
@WebListener
public class ReturnAddress implements ServletRequestListener {

    static final String SESSION_KEY = ReturnAddress.class.getName();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request) || !"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isPage(path)) {
            String query = request.getQueryString();
            request.getSession().setAttribute(SESSION_KEY, path + (query == null ? "" : "?" + query));
        }
    }

    /** Pages worth returning to: not the sign-in, error, callback or static resources. */
    static boolean isPage(String path) {
        return (path.equals("/") || path.endsWith(".xhtml"))
                && !path.equals("/login.xhtml")
                && !path.startsWith("/error/")
                && !path.startsWith("/jakarta.faces.resource/");
    }

    /** The remembered page as a path inside the application, never another site (no open redirect). */
    static String safeTarget(Object remembered) {
        if (remembered instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && !path.contains("\\") && isPage(path.contains("?") ? path.substring(0, path.indexOf('?')) : path)) {
            return path;
        }
        return "/";
    }
}
