package org.peaceops.intranet.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.documents.application.GuidanceRejectedException;
import org.peaceops.intranet.documents.application.ingest.UploadRejectedException;
import org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobTooLargeException;
import org.peaceops.intranet.identity.application.AccessDeniedException;
import org.peaceops.intranet.training.application.TrainingNotFoundException;
import org.peaceops.intranet.training.application.TrainingRejectedException;
import org.peaceops.intranet.training.domain.TrainingRuleException;

/**
 * What a failure means for an API caller: the HTTP status, the bundle key of the reason and its words,
 * and, where they apply, the field or file concerned. {@link #of} is the one place that knows every
 * kind of refusal of every context; a failure it does not know is not a refusal but a bug (empty).
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
        if (t instanceof ApiInputException input) {
            return Optional.of(new ApiRefusal(BAD_REQUEST, input.key(), input.arguments(), input.field(), null,
                    input.getMessage()));
        }
        if (t instanceof GuidanceRejectedException rejected) {
            return Optional.of(of(ruleStatus(rejected.getKey()), rejected.getKey(), rejected.getMessage()));
        }
        if (t instanceof GuidanceRuleException rule) {
            return Optional.of(of(ruleStatus(rule.getKey()), rule.getKey(), rule.getMessage()));
        }
        if (t instanceof TrainingRejectedException rejected) {
            return Optional.of(of(BAD_REQUEST, rejected.key(), rejected.getMessage()));
        }
        if (t instanceof TrainingRuleException rule) {
            return Optional.of(of(BAD_REQUEST, rule.key(), rule.getMessage()));
        }
        if (t instanceof UploadRejectedException upload) {
            return Optional.of(upload(upload));
        }
        if (t instanceof BlobTooLargeException large) {
            return Optional.of(of(TOO_LARGE, "upload.rejected.TOO_LARGE", large.getMessage(),
                    large.getMaxBytes() / (1024 * 1024)));
        }
        if (t instanceof AccessDeniedException || t instanceof SecurityException || t instanceof EJBAccessException) {
            return Optional.of(of(FORBIDDEN, "api.denied", "You may not do this."));
        }
        if (t instanceof GuidanceNotFoundException || t instanceof TrainingNotFoundException) {
            return Optional.of(of(NOT_FOUND, "api.notFound", "Not found."));
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
     * A broken rule is 400, except where the request collides with what exists: a reference number or
     * code already taken, a second open version. Those are 409, like a concurrent change.
     */
    static int ruleStatus(String key) {
        return key != null && (key.endsWith(".taken") || key.equals("guidance.openVersionExists")) ? CONFLICT : BAD_REQUEST;
    }

    private static ApiRefusal upload(UploadRejectedException upload) {
        int status = switch (upload.getReason()) {
            case TOO_LARGE -> TOO_LARGE;
            case TYPE_NOT_ALLOWED, TYPE_MISMATCH -> UNSUPPORTED_TYPE;
            default -> BAD_REQUEST;
        };
        return new ApiRefusal(status, upload.getKey(), List.copyOf(upload.getParameters()), null, upload.getFileName(),
                upload.getMessage());
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
