package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.peaceops.intranet.documents.application.notification.NotificationInbox;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;

/** The caller's own workflow notifications (nobody else's are reachable). */
@Path("/v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    CurrentUser user;

    @Inject
    NotificationInbox inbox;

    @GET
    @Operation(summary = "The caller's notifications, newest first, with the unread count")
    public Map<String, Object> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size) {
        Caller actor = actor();
        return Map.of("unread", inbox.unreadCount(actor), "items", inbox.latest(actor, first, size));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Marks one of the caller's notifications read")
    @APIResponse(responseCode = "204", description = "Marked read")
    @APIResponse(responseCode = "404", description = "No such notification for the caller")
    public Response markRead(@PathParam("id") long id) {
        return inbox.markRead(actor(), id) ? Response.noContent().build() : Response.status(Response.Status.NOT_FOUND).build();
    }

    private Caller actor() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }
}
