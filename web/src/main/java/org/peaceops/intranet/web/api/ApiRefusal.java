package org.peaceops.intranet.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.web.shell.HttpRefusals;

/**
 * What a failure means for an API caller: the HTTP status, the bundle key of the reason and its words,
 * and, where they apply, the field or file concerned. Driven by the kind of {@link Refusal} (every
 * context's refusals are one of them) plus what JAX-RS and the container refuse themselves; a failure
 * it does not know is not a refusal but a bug (empty).
 *
 * @param englishMessage the sentence of the failure itself, shown when the bundles have no text for the key
 */
record ApiRefusal(int status, String key, List<Object> arguments, String field, String file, String englishMessage) {

    static final int BAD_REQUEST = 400;
    static final int FORBIDDEN = 403;
    static final int NOT_FOUND = 404;
    static final int CONFLICT = 409;
    static final int TOO_LARGE = 413;
    static final int UNSUPPORTED_TYPE = 415;

    ApiRefusal {
        arguments = List.copyOf(arguments);
    }

    static ApiRefusal of(int status, String key, String englishMessage, Object... arguments) {
        return new ApiRefusal(status, key, List.of(arguments), null, null, englishMessage);
    }

    ApiRefusal withFile(String name) {
        return new ApiRefusal(status, key, arguments, field, name, englishMessage);
    }

    /** A refusal of access answered as "not found" (reading endpoints: existence is not confirmed). */
    ApiRefusal hidingDenial() {
        return status == FORBIDDEN ? of(NOT_FOUND, "api.notFound", "Not found.") : this;
    }

    /** The refusal {@code failure} stands for, looking through the wrappers the containers add. */
    static Optional<ApiRefusal> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Optional<ApiRefusal> refusal = direct(t);
            if (refusal.isPresent()) {
                return refusal;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<ApiRefusal> direct(Throwable t) {
        if (t instanceof Refusal refusal) {
            return Optional.of(answer(refusal));
        }
        if (t instanceof SecurityException || t instanceof EJBAccessException) {
            // The container's own role checks (@RolesAllowed) refuse before any service speaks.
            return Optional.of(of(FORBIDDEN, "api.denied", "You may not do this."));
        }
        if (t instanceof OptimisticLockException) {
            return Optional.of(of(CONFLICT, "workflow.conflict",
                    "Someone else changed the document; reload it and try again."));
        }
        if (t instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return Optional.of(http(web.getResponse().getStatus()));
        }
        if (t instanceof ProcessingException) {
            // JSON-B could not read the body the caller sent.
            return Optional.of(of(BAD_REQUEST, "api.body.invalid", "The request body is not valid JSON for this call."));
        }
        return Optional.empty();
    }

    /**
     * The answer to a refusal of any context, by its kind. A denial and a missing item are answered in
     * the API's own words (the pages' sentences speak of screens); the others with their own key.
     */
    private static ApiRefusal answer(Refusal refusal) {
        return switch (refusal.kind()) {
            case ACCESS_DENIED -> of(FORBIDDEN, "api.denied", "You may not do this.");
            case NOT_FOUND -> of(NOT_FOUND, "api.notFound", "Not found.");
            default -> new ApiRefusal(HttpRefusals.status(refusal.kind()), refusal.key(), refusal.arguments(), refusal.field(),
                    refusal.about(), refusal.getMessage());
        };
    }

    /** What JAX-RS itself refused: no such route, method, media type; or a resource's own status. */
    private static ApiRefusal http(int status) {
        return switch (status) {
            case 401 -> of(status, "api.unauthorized", "Sign in, or send a valid Bearer token.");
            case 404 -> of(status, "api.notFound", "Not found.");
            case 405 -> of(status, "api.methodNotAllowed", "This method is not allowed here.");
            case 406 -> of(status, "api.notAcceptable", "This resource cannot answer in the media type asked for.");
            case 415 -> of(status, "api.unsupportedType", "This call does not accept that content type.");
            default -> of(status, "api.badRequest", "The request was refused.");
        };
    }
}
