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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.peaceops.intranet.training.domain.DueDateRule;
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

    /** The body of an assignment: people by subject id, or a rule (mission and/or category); a due-date rule. */
    public static class AssignRequest {
        public List<String> subjects;
        public String mission;
        public String category;
        public DueDateRule.Kind dueKind;
        public LocalDate dueDate;
        public Integer dueDays;
    }

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
    public Map<String, Integer> assign(@PathParam("id") long id, AssignRequest body) {
        if (body == null || body.dueKind == null) {
            throw new ApiInputException("assign.dueInvalid", "dueKind", "dueKind is required");
        }
        DueDateRule due;
        try {
            due = DueDateRule.of(body.dueKind, body.dueDate, body.dueDays == null ? 0 : body.dueDays);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiInputException("assign.dueInvalid", "dueKind", "The due-date rule is incomplete: " + e.getMessage());
        }
        int assigned = body.subjects != null && !body.subjects.isEmpty()
                ? assignments.assignPeople(profile(), id, body.subjects, due)
                : assignments.assignByRule(profile(), id, body.mission, body.category, due);
        return Map.of("assigned", assigned);
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
