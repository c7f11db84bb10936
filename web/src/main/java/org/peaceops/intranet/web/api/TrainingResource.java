package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
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
import org.peaceops.intranet.training.application.CourseCatalogue;
import org.peaceops.intranet.training.application.CourseSummary;
import org.peaceops.intranet.training.application.LearnerCourse;
import org.peaceops.intranet.training.application.Learning;
import org.peaceops.intranet.training.application.MyTraining;
import org.peaceops.intranet.training.application.RecordView;
import org.peaceops.intranet.training.application.RosterRow;
import org.peaceops.intranet.training.application.TrainingAssignments;
import org.peaceops.intranet.training.application.TrainingRecords;
import org.peaceops.intranet.training.application.Verification;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * Training over REST: the catalogue, my training and completions, assigning (trainers), a course
 * roster (trainers) and certificate verification. Every call runs with the caller's permissions.
 */
@Path("/v1/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "Courses, assignments, my training, completions, certificates")
public class TrainingResource {

    @Inject
    CurrentUser user;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    Learning learning;

    @Inject
    TrainingAssignments assignments;

    @Inject
    TrainingRecords records;

    private Caller profile() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }

    @GET
    @Path("courses")
    @Operation(summary = "The catalogue: every published course")
    public List<CourseSummary> courses() {
        profile();
        return catalogue.published();
    }

    @GET
    @Path("courses/{id}")
    @Operation(summary = "A published course as the caller takes it: lessons, citations, quiz state (no answers)")
    @APIResponse(responseCode = "404", description = "No such published course")
    public LearnerCourse course(@PathParam("id") long id) {
        return learning.course(profile(), id);
    }

    @GET
    @Path("my")
    @Operation(summary = "My training: open and closed assignments (status computed now), completions, certificates")
    public MyTraining my() {
        return learning.myTraining(profile());
    }

    @GET
    @Path("my/completions")
    @Operation(summary = "My completion records, with the course version and the guidance versions it cited")
    public List<RecordView> myCompletions() {
        return learning.myTraining(profile()).records();
    }

    @POST
    @Path("courses/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a course to people (subjects) or by a rule (mission and/or category); trainers only")
    @APIResponse(responseCode = "400", description = "A training rule refused the request")
    @APIResponse(responseCode = "403", description = "Outside the trainer's missions")
    public AssignResponse assign(@PathParam("id") long id, AssignRequest body) {
        // No body is a request without a due date: the service refuses it as such.
        AssignRequest request = body == null ? AssignRequest.NONE : body;
        int assigned = request.namesPeople()
                ? assignments.assignPeople(profile(), id, request.subjects(), request.due())
                : assignments.assignByRule(profile(), id, request.mission(), request.category(), request.due());
        return new AssignResponse(assigned);
    }

    @GET
    @Path("courses/{id}/roster")
    @Operation(summary = "A course roster within the caller's missions (trainers): status, due date, completion")
    public List<RosterRow> roster(@PathParam("id") long id,
            @Parameter(description = "mission code") @QueryParam("mission") String mission,
            @Parameter(description = "personnel category") @QueryParam("category") String category) {
        return records.roster(profile(), id, mission, category);
    }

    @GET
    @Path("certificates/{code}")
    @Operation(summary = "Verify a certificate: holder name, course and validity only")
    @APIResponse(responseCode = "404", description = "No certificate has this code")
    public Verification verify(@PathParam("code") String code) {
        profile();
        return records.verify(code).orElseThrow(() -> new NotFoundException("No certificate with this code"));
    }
}
