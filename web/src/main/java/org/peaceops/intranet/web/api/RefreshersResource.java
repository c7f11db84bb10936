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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.domain.CourseOrder;
import org.peaceops.intranet.training.refresher.application.OutOfDatePage;
import org.peaceops.intranet.training.refresher.application.OwedPage;
import org.peaceops.intranet.training.refresher.application.RefresherQueries;
import org.peaceops.intranet.training.refresher.application.Refreshers;
import org.peaceops.intranet.training.refresher.domain.OwedOrder;
import org.peaceops.intranet.training.refresher.domain.OwedRefresherRepository.CourseAwaiting;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * Refreshers over REST, for trainers within the missions they manage (administrators: all): who owes a
 * refresher, the courses out of date against the guidance in force, and (confirm mode) the confirmation
 * that assigns an updated course's refreshers.
 */
@Path("/v1/training/refreshers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training refreshers", description = "Refreshers owed after guidance revisions, and out-of-date courses")
public class RefreshersResource {

    @Inject
    CurrentUser user;

    @Inject
    RefresherQueries queries;

    @Inject
    Refreshers refreshers;

    private Caller profile() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }

    @GET
    @Operation(summary = "People of the caller's missions owing a refresher, a page at a time (at most 500): course, "
            + "course and guidance versions trained on, state, due date once assigned")
    @APIResponse(responseCode = "400", description = "An unknown sort")
    @APIResponse(responseCode = "403", description = "The caller manages no mission's training")
    public OwedPage owed(@QueryParam("mission") String mission,
            @Parameter(description = "military, police, civilian or volunteer") @QueryParam("category") String category,
            @Parameter(description = "NAME, MISSION, CATEGORY, COURSE, SINCE or DUE") @QueryParam("sort") String sort,
            @QueryParam("descending") boolean descending,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        OwedOrder order = ApiInputException.enumValue(OwedOrder.class, "sort", sort);
        return queries.owed(profile(), mission, category, order, !descending, first, max);
    }

    @GET
    @Path("courses")
    @Operation(summary = "Courses of the caller's scopes flagged out of date: each cited document with the version "
            + "cited and the version in force, a page at a time")
    @APIResponse(responseCode = "400", description = "An unknown sort")
    @APIResponse(responseCode = "403", description = "The caller manages no mission's training")
    public OutOfDatePage outOfDate(@Parameter(description = "CODE, TITLE or SCOPE") @QueryParam("sort") String sort,
            @QueryParam("descending") boolean descending,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        CourseOrder order = ApiInputException.enumValue(CourseOrder.class, "sort", sort);
        return queries.outOfDate(profile(), order, !descending, first, max);
    }

    @GET
    @Path("awaiting-confirmation")
    @Operation(summary = "Updated courses whose refreshers wait for a trainer's confirmation (confirm mode), "
            + "with how many people of the caller's missions")
    public List<CourseAwaiting> awaiting() {
        return queries.awaitingConfirmation(profile());
    }

    @POST
    @Path("courses/{id}/confirmation")
    @Operation(summary = "Assigns the waiting refreshers of an updated course to the people of the caller's missions "
            + "(audited); due intranet.training.refresher-days from today")
    @APIResponse(responseCode = "403", description = "Not a trainer of this course's scope")
    @APIResponse(responseCode = "404", description = "No such course")
    public Map<String, Integer> confirm(@PathParam("id") long id) {
        return Map.of("assigned", refreshers.confirm(profile(), id));
    }
}
