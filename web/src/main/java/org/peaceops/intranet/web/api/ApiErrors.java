package org.peaceops.intranet.web.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.application.GuidanceRejectedException;
import org.peaceops.intranet.identity.application.AccessDeniedException;

/**
 * The API's answers to a refused request: 404 for a document that is missing or that the caller may not
 * read (the two look alike on purpose), 403 for a step the caller may not take, 400 with the rule's key
 * for a broken rule (four eyes, missing reason, ...), 409 when someone else changed the document first.
 * Anything else is not a refusal and is rethrown to become a 500.
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static Response of(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof GuidanceNotFoundException) {
                return Response.status(Response.Status.NOT_FOUND).build();
            }
            if (t instanceof GuidanceRejectedException rejected) {
                return body(Response.Status.BAD_REQUEST, rejected.getKey(), rejected.getMessage());
            }
            if (t instanceof SecurityException || t instanceof AccessDeniedException) {
                return body(Response.Status.FORBIDDEN, "workflow.denied", t.getMessage());
            }
            if (t instanceof OptimisticLockException) {
                return body(Response.Status.CONFLICT, "workflow.conflict", "Someone else changed the document; reload it and try again.");
            }
        }
        throw failure;
    }

    /**
     * For reading: a document the caller may not read is answered exactly like a missing one (404), so
     * the API never confirms that a confidential document exists.
     */
    static Response ofRead(RuntimeException failure) {
        Response response = of(failure);
        return response.getStatus() == Response.Status.FORBIDDEN.getStatusCode()
                ? Response.status(Response.Status.NOT_FOUND).build() : response;
    }

    static Response badRequest(String key, String message) {
        return body(Response.Status.BAD_REQUEST, key, message);
    }

    private static Response body(Response.Status status, String key, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", key);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
