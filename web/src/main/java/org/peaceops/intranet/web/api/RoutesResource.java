package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.peaceops.intranet.web.shell.Routes;

/** The application's own list of routes and who may use them, one per line (for the access tests). */
@Path("/v1/routes")
@RequestScoped
public class RoutesResource {

    @Context
    ServletContext servletContext;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Every page and GET endpoint with the roles allowed to use it")
    public String routes() {
        return Routes.of(pages("/")).stream().map(Routes.Route::line).collect(Collectors.joining("\n")) + "\n";
    }

    private List<String> pages(String folder) {
        List<String> pages = new ArrayList<>();
        Set<String> entries = servletContext.getResourcePaths(folder);
        if (entries != null) {
            for (String entry : entries) {
                if (entry.endsWith("/")) {
                    pages.addAll(pages(entry));
                } else {
                    pages.add(entry);
                }
            }
        }
        return pages;
    }
}
