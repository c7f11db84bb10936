package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.application.BoardPage;
import org.peaceops.intranet.toolbox.application.BoardQuery;
import org.peaceops.intranet.toolbox.application.CoursesCitingGuidance;
import org.peaceops.intranet.toolbox.application.CoursesCitingGuidance.CitingCourse;
import org.peaceops.intranet.toolbox.application.DraftingRequest;
import org.peaceops.intranet.toolbox.application.GuidanceChain;
import org.peaceops.intranet.toolbox.application.LessonBehind;
import org.peaceops.intranet.toolbox.application.LinkedGuidance;
import org.peaceops.intranet.toolbox.application.RecommendationBoard;
import org.peaceops.intranet.toolbox.application.RecommendationItem;
import org.peaceops.intranet.toolbox.application.RecommendationOutcome;
import org.peaceops.intranet.toolbox.application.ReportReading;
import org.peaceops.intranet.toolbox.application.ReportView;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardSort;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * The Toolbox over REST: a report with what became of each recommendation, the recommendations board,
 * the decisions on a recommendation, leading it to guidance, and the lessons behind a guidance document.
 * Every call runs with the caller's permissions: a report they may not read is not found; a decision
 * names the row version seen ({@code seenVersion}) and a stale one is a conflict (409), as on the pages.
 */
@Path("/v1/toolbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Toolbox", description = "Reports, recommendations and the chain lesson, guidance, training")
public class ToolboxResource {

    @Inject
    CurrentUser user;

    @Inject
    ReportReading reading;

    @Inject
    RecommendationBoard board;

    @Inject
    GuidanceChain chain;

    @Inject
    CoursesCitingGuidance courses;

    private Caller profile() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }

    /** A report as the API gives it: its facts and its recommendations with what became of them. */
    @Schema(description = "A Toolbox report and what became of its recommendations")
    public record ReportResponse(long id, String typeCode, String title, String mission, String author, String status,
            String classification, List<RecommendationResponse> recommendations) {
    }

    @Schema(description = "A recommendation, its decision, the guidance it leads to and the courses citing that")
    public record RecommendationResponse(long id, String text, String office, String priority, String dueDate,
            String status, String decisionNote, boolean overdue, long rowVersion, LinkedGuidance guidance,
            List<CitingCourse> courses) {
    }

    @Schema(description = "A decision on a recommendation")
    public record DecisionRequest(
            @Schema(required = true, description = "ACCEPT, REJECT or IMPLEMENT") String action,
            @Schema(required = true, description = "The row version the decision was taken on") Long seenVersion,
            @Schema(description = "The reason (REJECT) or the evidence (IMPLEMENT)") String note) {
    }

    @Schema(description = "Leading a recommendation to guidance: a drafting request or a link to existing guidance")
    public record GuidanceRequest(
            @Schema(required = true, description = "DRAFTING_REQUEST or EXISTING_GUIDANCE") String origin,
            @Schema(required = true, description = "The row version the step was taken on") Long seenVersion,
            @Schema(description = "EXISTING_GUIDANCE: the document") Long documentId,
            @Schema(description = "EXISTING_GUIDANCE: its version") Integer versionNumber,
            @Schema(description = "DRAFTING_REQUEST: document type code; the proposal's when absent") String typeCode,
            @Schema(description = "DRAFTING_REQUEST: reference number; the proposal's when absent") String referenceNumber,
            @Schema(description = "DRAFTING_REQUEST: title; the recommendation's when absent") String title,
            @Schema(description = "DRAFTING_REQUEST: summary; the proposal's when absent") String summary,
            @Schema(description = "DRAFTING_REQUEST: owning office; the office addressed when absent") String owningOffice,
            @Schema(description = "DRAFTING_REQUEST: thematic area codes (at least one)") List<String> themes) {
    }

    @Schema(description = "The guidance a recommendation now leads to")
    public record GuidanceResponse(long recommendationId, long documentId, int versionNumber, String origin) {
    }

    @GET
    @Path("reports/{id}")
    @Operation(summary = "A report the caller may read, with each recommendation's status, guidance and courses")
    @APIResponse(responseCode = "404", description = "No such report, or one the caller may not read")
    public ReportResponse report(@PathParam("id") long id) {
        Caller caller = profile();
        ReportView view = reading.open(caller, id);
        Map<Long, RecommendationOutcome> outcomes = chain.outcomes(caller, id).stream()
                .collect(Collectors.toMap(RecommendationOutcome::recommendationId, Function.identity()));
        List<RecommendationResponse> recommendations = view.recommendations().stream()
                .map(r -> recommendation(r, outcomes.get(r.id()))).toList();
        return new ReportResponse(view.id(), view.typeCode(), view.title(), view.mission(), view.author(),
                view.status().name(), view.classification().map(Enum::name).orElse(null), recommendations);
    }

    private RecommendationResponse recommendation(RecommendationItem r, RecommendationOutcome outcome) {
        LinkedGuidance guidance = outcome == null ? null : outcome.guidance().orElse(null);
        List<CitingCourse> citing = guidance == null || !guidance.readable() ? List.of()
                : courses.citing(guidance.documentId(), guidance.versionNumber());
        return new RecommendationResponse(r.id(), r.text(), r.office(), r.priority().name(),
                r.dueDate().map(Object::toString).orElse(null), r.status().name(), r.decisionNote().orElse(null),
                r.overdue(), r.rowVersion(), guidance, citing);
    }

    @GET
    @Path("recommendations")
    @Operation(summary = "The recommendations board: recommendations of the published reports the caller may read")
    public BoardPage recommendations(
            @Parameter(description = "OPEN, ACCEPTED, REJECTED or IMPLEMENTED") @QueryParam("status") String status,
            @Parameter(description = "mission code") @QueryParam("mission") String mission,
            @Parameter(description = "HIGH, MEDIUM or LOW") @QueryParam("priority") String priority,
            @Parameter(description = "office addressed (part of its name)") @QueryParam("office") String office,
            @Parameter(description = "only those past their due date") @QueryParam("overdue") boolean overdue,
            @Parameter(description = "DUE_DATE, PRIORITY, STATUS, ...") @QueryParam("sort") String sort,
            @QueryParam("descending") boolean descending, @QueryParam("first") int first,
            @Parameter(description = "page size, at most 100") @QueryParam("max") @DefaultValue("20") int max) {
        return board.list(profile(), new BoardQuery(ApiInputException.enumValue(RecommendationStatus.class, "status", status),
                mission, ApiInputException.enumValue(Priority.class, "priority", priority), office, overdue,
                ApiInputException.enumValue(BoardSort.class, "sort", sort), !descending, first, max));
    }

    @POST
    @Path("recommendations/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept, reject (with a reason) or implement (with evidence); the report's mission's officer")
    @APIResponse(responseCode = "204", description = "Decided")
    @APIResponse(responseCode = "400", description = "Not possible now, or the reason or evidence is missing")
    @APIResponse(responseCode = "403", description = "Not a decider of that report")
    @APIResponse(responseCode = "409", description = "The recommendation changed since that row version")
    public void decide(@PathParam("id") long id, DecisionRequest body) {
        if (body == null || body.action() == null || body.seenVersion() == null) {
            throw new ApiInputException("toolbox.api.decisionIncomplete", "action", "Give the action and the seenVersion");
        }
        Caller caller = profile();
        switch (body.action()) {
            case "ACCEPT" -> board.accept(caller, id, body.seenVersion());
            case "REJECT" -> board.reject(caller, id, body.seenVersion(), body.note());
            case "IMPLEMENT" -> board.implement(caller, id, body.seenVersion(), body.note());
            default -> throw new ApiInputException("toolbox.api.decisionIncomplete", "action",
                    "The action is ACCEPT, REJECT or IMPLEMENT");
        }
    }

    @GET
    @Path("recommendations/{id}/drafting-request")
    @Operation(summary = "The guidance drafting request as it would be pre-filled from the recommendation")
    @APIResponse(responseCode = "403", description = "Not a decider of that report")
    public DraftingRequest proposal(@PathParam("id") long id) {
        return chain.proposeDrafting(profile(), id);
    }

    @POST
    @Path("recommendations/{id}/guidance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lead the recommendation to guidance: start a pre-filled draft, or link an existing version")
    @APIResponse(responseCode = "400", description = "Already linked, rejected, or the draft's filing is refused")
    @APIResponse(responseCode = "403", description = "Not a decider of that report, or (drafting) not a contributor")
    @APIResponse(responseCode = "404", description = "No such recommendation or guidance version the caller may read")
    @APIResponse(responseCode = "409", description = "The recommendation changed since that row version")
    public GuidanceResponse guidance(@PathParam("id") long id, GuidanceRequest body) {
        if (body == null || body.origin() == null || body.seenVersion() == null) {
            throw new ApiInputException("toolbox.api.guidanceIncomplete", "origin", "Give the origin and the seenVersion");
        }
        Caller caller = profile();
        if ("EXISTING_GUIDANCE".equals(body.origin())) {
            if (body.documentId() == null || body.versionNumber() == null) {
                throw new ApiInputException("toolbox.api.guidanceIncomplete", "documentId", "Give the documentId and versionNumber");
            }
            chain.linkExisting(caller, id, body.seenVersion(), body.documentId(), body.versionNumber());
            return new GuidanceResponse(id, body.documentId(), body.versionNumber(), body.origin());
        }
        if (!"DRAFTING_REQUEST".equals(body.origin())) {
            throw new ApiInputException("toolbox.api.guidanceIncomplete", "origin",
                    "The origin is DRAFTING_REQUEST or EXISTING_GUIDANCE");
        }
        DraftingRequest proposal = chain.proposeDrafting(caller, id);
        DraftingRequest request = new DraftingRequest(or(body.typeCode(), proposal.typeCode()),
                or(body.referenceNumber(), proposal.referenceNumber()), or(body.title(), proposal.title()),
                or(body.summary(), proposal.summary()), or(body.owningOffice(), proposal.owningOffice()),
                proposal.missionCode(), body.themes());
        long documentId = chain.requestDrafting(caller, id, body.seenVersion(), request);
        return new GuidanceResponse(id, documentId, 1, body.origin());
    }

    private static String or(String given, String proposed) {
        return given == null || given.isBlank() ? proposed : given;
    }

    @GET
    @Path("guidance/{documentId}/lessons")
    @Operation(summary = "The lessons behind a guidance document: recommendations that led to it, from readable reports")
    public List<LessonBehind> lessons(@PathParam("documentId") long documentId) {
        return chain.lessonsBehind(profile(), documentId);
    }
}
