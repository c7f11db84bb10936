package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.web.security.CurrentUser;

/** Who the API thinks the caller is. */
@Path("/v1/me")
@RequestScoped
public class MeResource {

    /** The profile as the API shows it; no mission (headquarters staff) is left out of the JSON. */
    public record MeResponse(String username, String name, SortedSet<String> roles, String mission, String category) {
    }

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in person's profile: name, roles, mission, category")
    public Response me() {
        return user.caller()
                .map(p -> Response.ok(new MeResponse(p.username(), p.displayName(),
                        new TreeSet<>(p.roles().stream().map(Role::roleName).toList()), p.mission(),
                        p.category().code())).build())
                .orElse(Response.status(Response.Status.UNAUTHORIZED).build());
    }
}
