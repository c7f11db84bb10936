package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.application.AuthenticationSettings;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.platform.application.DatabaseStatus;
import org.peaceops.intranet.platform.application.SchemaMigrations;
import org.peaceops.intranet.web.security.CurrentUser;

/** System status for administrators (web.xml limits /api/v1/admin/* to admins; the policy checks again). */
@Path("/v1/admin/status")
@RequestScoped
public class SystemStatusResource {

    @Inject
    CurrentUser user;

    @Inject
    AccessControl access;

    @Inject
    DatabaseStatus database;

    @Inject
    SchemaMigrations migrations;

    @Inject
    AuthenticationSettings authentication;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Database, schema versions and sign-in mode (administrators)")
    public Response status() {
        if (user.caller().filter(p -> access.may(p, Action.ADMINISTER, p.mission())).isEmpty()) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        Map<String, Object> status = new TreeMap<>();
        status.put("database", database.productName());
        status.put("schemas", new TreeMap<>(migrations.outcomes()));
        status.put("authMode", authentication.mode().name().toLowerCase(java.util.Locale.ROOT));
        return Response.ok(status).build();
    }
}
