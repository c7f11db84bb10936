package org.peaceops.intranet.web.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.peaceops.intranet.identity.application.AccessDeniedException;
import org.peaceops.intranet.training.application.TrainingNotFoundException;
import org.peaceops.intranet.training.application.TrainingRejectedException;

/** The API's answers to refusals: 400 with the rule's message key, 403, 404; never a stack trace. */
@Provider
public class TrainingExceptions implements ExceptionMapper<EJBException> {

    @Override
    public Response toResponse(EJBException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return answer(cause);
    }

    static Response answer(Throwable e) {
        if (e instanceof TrainingRejectedException rejected) {
            return json(Response.Status.BAD_REQUEST, Map.of("error", rejected.key(), "message", rejected.getMessage()));
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return json(Response.Status.FORBIDDEN, Map.of("error", "denied"));
        }
        if (e instanceof TrainingNotFoundException) {
            return json(Response.Status.NOT_FOUND, Map.of("error", "not-found"));
        }
        return json(Response.Status.INTERNAL_SERVER_ERROR, Map.of("error", "unexpected"));
    }

    private static Response json(Response.Status status, Map<String, String> body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    /** Application exceptions arrive unwrapped: one mapper each. */
    @Provider
    public static class Rejected implements ExceptionMapper<TrainingRejectedException> {
        @Override
        public Response toResponse(TrainingRejectedException e) {
            return answer(e);
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return answer(e);
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<TrainingNotFoundException> {
        @Override
        public Response toResponse(TrainingNotFoundException e) {
            return answer(e);
        }
    }
}
