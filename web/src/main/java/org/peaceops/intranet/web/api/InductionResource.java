package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.application.InductionProgrammes;
import org.peaceops.intranet.training.application.InductionStep;
import org.peaceops.intranet.training.application.LearnerInduction;
import org.peaceops.intranet.web.security.CurrentUser;

/** Induction on arrival over REST, for the trainers of a mission: its programme, and people's arrival dates. */
@Path("/v1/training/induction")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training induction", description = "Mission induction programmes and arrival dates")
public class InductionResource {

    /** The arrival date to record, ISO ({@code 2026-11-20}). */
    public record ArrivalRequest(String arrival) {
    }

    @Inject
    CurrentUser user;

    @Inject
    InductionProgrammes induction;

    private Caller caller() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }

    @GET
    @Operation(summary = "A mission's induction programme: its courses due so many days after arrival, soonest first")
    @APIResponse(responseCode = "403", description = "Not a trainer of that mission")
    public List<InductionStep> programme(@Parameter(description = "Mission code, e.g. UNMISS; none: the caller's own") @QueryParam("mission") String mission) {
        return induction.programme(caller(), mission);
    }

    @GET
    @Path("learners/{subject}")
    @Operation(summary = "A person's arrival date and, for each course of the programme, its due date and standing")
    @APIResponse(responseCode = "404", description = "No such person in the missions the caller manages")
    public LearnerInduction learner(@PathParam("subject") String subject) {
        return induction.learner(caller(), subject);
    }

    @PUT
    @Path("learners/{subject}/arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records or corrects a person's arrival: assigns the programme and moves its due dates")
    @APIResponse(responseCode = "400", description = "No date, not an ISO date, or more than a year ahead")
    @APIResponse(responseCode = "404", description = "No such person in the missions the caller manages")
    public LearnerInduction recordArrival(@PathParam("subject") String subject, ArrivalRequest body) {
        return induction.recordArrival(caller(), subject,
                ApiInputException.date("arrival", body == null ? null : body.arrival()));
    }
}
