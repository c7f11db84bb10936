package org.peaceops.intranet.web.training.scorm;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.training.scorm.application.CommitOutcome;
import org.peaceops.intranet.training.scorm.application.ScormPlay;
import org.peaceops.intranet.training.scorm.domain.CmiRefused;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.HttpRefusals;

/**
 * {@code POST /training/scorm-commit?attempt=..[&terminate=true]}: the player's run-time commits the SCO's
 * data (scorm-again's flattened JSON). Only from the intranet's own pages (a sandboxed package says
 * {@code Origin: null}), only to the signed-in person's attempt. Answers scorm-again's result object: a
 * value the data model refuses gets its SCORM error code with 400.
 */
@WebServlet("/training/scorm-commit")
public class ScormCommitServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** suspend_data is at most 64000 characters; the whole data model fits well within this. */
    private static final int MAX_BODY = 512 * 1024;

    @Inject
    ScormPlay play;

    @Inject
    CurrentUser user;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long attempt = id(request.getParameter("attempt"));
        if (attempt == null || user.caller().isEmpty()) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, false, 101);
            return;
        }
        if (!sameOrigin(request)) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, false, 101);
            return;
        }
        Map<String, String> cmi;
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, false, 101);
                return;
            }
            cmi = flattened(body);
        } catch (JsonException | ClassCastException e) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, false, 101);
            return;
        }
        boolean terminate = "true".equals(request.getParameter("terminate"));
        CommitOutcome outcome;
        try {
            outcome = play.commit(user.caller().get(), attempt, cmi, terminate);
        } catch (RuntimeException e) {
            Refusal refusal = Refusal.in(e);
            if (refusal == null) {
                throw e;
            }
            // The run-time is told the SCORM code of a refused value; any other refusal is a general failure.
            int code = refusal instanceof CmiRefused bad ? Integer.parseInt(bad.scormErrorCode()) : 101;
            answer(response, HttpRefusals.status(refusal.kind()), false, code);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder().add("result", true).add("errorCode", 0)
                .add("lessonCompleted", outcome.lessonCompleted())
                .add("courseCompleted", outcome.courseCompleted()).build().toString());
    }

    static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the request comes from a page of this intranet (Origin, else the fetch metadata). */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return "same-origin".equals(request.getHeader("Sec-Fetch-Site"));
        }
        try {
            URI own = URI.create(request.getRequestURL().toString());
            URI from = URI.create(origin);
            return own.getScheme().equalsIgnoreCase(String.valueOf(from.getScheme()))
                    && own.getHost().equalsIgnoreCase(String.valueOf(from.getHost())) && port(own) == port(from);
        } catch (IllegalArgumentException e) {
            return false; // "null" and other opaque origins
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** scorm-again's flattened data model: {"cmi.core.lesson_status": "completed", ...}. */
    static Map<String, String> flattened(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonObject object = reader.readObject();
            Map<String, String> cmi = new LinkedHashMap<>();
            object.forEach((key, value) -> {
                if (value.getValueType() == JsonValue.ValueType.STRING) {
                    cmi.put(key, ((JsonString) value).getString());
                } else if (value.getValueType() == JsonValue.ValueType.NUMBER || value == JsonValue.TRUE
                        || value == JsonValue.FALSE) {
                    cmi.put(key, value.toString());
                }
            });
            return cmi;
        }
    }

    private static void answer(HttpServletResponse response, int status, boolean result, int errorCode)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder().add("result", result).add("errorCode", errorCode)
                .build().toString());
    }
}
