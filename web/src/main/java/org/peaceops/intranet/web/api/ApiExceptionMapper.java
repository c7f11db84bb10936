package org.peaceops.intranet.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's one error translator. A refusal ({@link ApiRefusal}) is answered with its status and
 * {@code {"error": key, "message": text in the caller's language, "field"?, "file"?}} and logged as one
 * INFO line; anything else is a bug: 500 with {@code {"error": "api.unexpected", "id": ...}}, logged once
 * with its stack trace under the same id, so a person can quote it and the log shows the cause.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        return ApiRefusal.of(failure).map(this::refused).orElseGet(() -> unexpected(failure));
    }

    private Response refused(ApiRefusal refusal) {
        ApiRefusal answer = hidesDenial() ? refusal.hidingDenial() : refusal;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", answer.key());
        body.put("message", text(answer.key(), answer.arguments(), answer.englishMessage()));
        if (answer.field() != null) {
            body.put("field", answer.field());
        }
        if (answer.file() != null) {
            body.put("file", answer.file());
        }
        Level level = answer.status() == ApiRefusal.FORBIDDEN ? Level.WARNING : Level.INFO;
        LOG.log(level, () -> "API refused " + where() + ": " + answer.status() + " " + refusal.key()
                + (answer.status() != refusal.status() ? " (answered " + answer.status() + ")" : "")
                + " - " + refusal.englishMessage());
        return json(answer.status(), body);
    }

    private Response unexpected(Throwable failure) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API failure " + id + " on " + where(), failure);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "api.unexpected");
        body.put("message", text("api.unexpected", List.of(id), "Something went wrong on the server (reference " + id + ")."));
        body.put("id", id);
        return json(500, body);
    }

    private static Response json(int status, Map<String, Object> body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    /** Whether the endpoint that failed reads documents: there, a refused access looks like a missing one. */
    private boolean hidesDenial() {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method != null && (method.isAnnotationPresent(NotFoundWhenDenied.class)
                || method.getDeclaringClass().isAnnotationPresent(NotFoundWhenDenied.class));
    }

    private String where() {
        if (request == null) {
            return "?";
        }
        Principal caller = request.getUserPrincipal();
        return request.getMethod() + " " + request.getRequestURI() + " by " + (caller == null ? "nobody" : caller.getName());
    }

    private String text(String key, List<Object> arguments, String fallback) {
        return ApiMessages.text(ApiMessages.locale(headers == null ? List.of() : headers.getAcceptableLanguages()),
                key, arguments, fallback);
    }
}
