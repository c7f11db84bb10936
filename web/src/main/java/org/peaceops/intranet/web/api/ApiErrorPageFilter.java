package org.peaceops.intranet.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.peaceops.intranet.web.security.SecurityHeadersFilter;

/**
 * Errors the container answers itself for an API address (a 403 of web.xml's constraints, a 401, a 404
 * or 500 outside JAX-RS) would show the pages' HTML error page; an API caller gets the same JSON as from
 * {@link ApiExceptionMapper} instead. Runs on the error dispatch only, before the error page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/api/") || response.isCommitted()) {
            chain.doFilter(request, response);
            return;
        }
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            SecurityHeadersFilter.logRefusal(request); // this filter may run first and answer alone
        }
        String key = switch (status) {
            case 401 -> "api.unauthorized";
            case 403 -> "api.denied";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            default -> status >= 500 ? "api.failed" : "api.badRequest";
        };
        Locale locale = ApiMessages.locale(Collections.list(request.getLocales()));
        writeError(response, key, ApiMessages.text(locale, key, List.of(), "The request was refused."));
    }

    /**
     * Writes the API's error body, as {@link ApiExceptionMapper} shapes it ({@code {"error": key, "message":
     * text}}), for an answer that does not pass through JAX-RS; the caller has set the status.
     */
    public static void writeError(HttpServletResponse response, String key, String message) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + key + "\",\"message\":\"" + json(message) + "\"}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
