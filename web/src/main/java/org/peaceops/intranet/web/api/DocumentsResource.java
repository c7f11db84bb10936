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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.peaceops.intranet.documents.application.DownloadableFile;
import org.peaceops.intranet.documents.application.GuidanceAction;
import org.peaceops.intranet.documents.application.GuidanceDetail;
import org.peaceops.intranet.documents.application.GuidanceDownloads;
import org.peaceops.intranet.documents.application.GuidanceListing;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.VersionDetail;
import org.peaceops.intranet.documents.application.ingest.ExtractionQueries;
import org.peaceops.intranet.documents.application.ingest.ExtractionSummary;
import org.peaceops.intranet.documents.application.workflow.AvailableSteps;
import org.peaceops.intranet.documents.application.workflow.StepCommand;
import org.peaceops.intranet.documents.application.workflow.WorkflowCommands;
import org.peaceops.intranet.documents.application.workflow.WorkflowSteps;
import org.peaceops.intranet.documents.domain.LifecycleStatus;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.documents.domain.guidance.LibrarySort;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.web.library.FileStreaming;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * Guidance documents over REST, with exactly the pages' access policy (the same services decide): a
 * document the caller may not read answers 404 like one that does not exist.
 */
@Path("/v1/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A Keycloak access token of the peaceops realm for the intranet client")
@SecurityRequirement(name = "bearer")
public class DocumentsResource {


    @Inject
    CurrentUser user;

    @Inject
    GuidanceQueries queries;

    @Inject
    WorkflowSteps workflow;

    @Inject
    WorkflowCommands commands;

    @Inject
    GuidanceDownloads downloads;

    @Inject
    ExtractionQueries extractions;

    @GET
    @Operation(summary = "One page of the library (what the caller may read), filtered and sorted")
    @APIResponse(responseCode = "200", description = "rows, total, first, pageSize")
    public Response list(@QueryParam("type") String type, @QueryParam("theme") String theme,
            @QueryParam("status") String status, @QueryParam("mission") String mission,
            @QueryParam("language") String language, @QueryParam("year") Integer year,
            @QueryParam("classification") String classification, @QueryParam("q") String text,
            @Parameter(description = "REFERENCE, TITLE, TYPE, EFFECTIVE_DATE, REVIEW_DATE or RECENTLY_CHANGED")
            @QueryParam("sort") String sort, @QueryParam("descending") boolean descending,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        LibraryFilter filter = new LibraryFilter();
        filter.setTypeCode(type);
        filter.setThemeCode(theme);
        filter.setStatus(ApiInputException.enumValue(LifecycleStatus.class, "status", status));
        filter.setMissionCode(mission);
        filter.setLanguage(language);
        filter.setYear(year);
        filter.setClassification(ApiInputException.enumValue(Classification.class, "classification", classification));
        filter.setText(text);
        filter.setSort(ApiInputException.enumValue(LibrarySort.class, "sort", sort));
        filter.setAscending(!descending);
        GuidanceListing page = queries.list(actor(), filter, first, size);
        return Response.ok(page).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A document with its catalogue entry, every version and their history")
    @APIResponse(responseCode = "404", description = "No such document, or not readable by the caller")
    @NotFoundWhenDenied
    public Response get(@PathParam("id") long id) {
        return Response.ok(queries.get(actor(), id)).build();
    }

    @GET
    @Path("{id}/metadata")
    @Operation(summary = "The catalogue entry and the current version's metadata")
    @APIResponse(responseCode = "404", description = "No such document, or not readable by the caller")
    @NotFoundWhenDenied
    public DocumentMetadataResponse metadata(@PathParam("id") long id) {
        GuidanceDetail d = queries.get(actor(), id);
        VersionDetail v = d.getVersions().stream().filter(x -> x.getNumber() == d.getCurrentVersionNumber())
                .findFirst().orElseThrow();
        return DocumentMetadataResponse.of(d, v);
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every version with \"in force from / to\" and its history, oldest first")
    @APIResponse(responseCode = "404", description = "No such document, or not readable by the caller")
    @NotFoundWhenDenied
    public Response versions(@PathParam("id") long id) {
        return Response.ok(queries.get(actor(), id).getVersions()).build();
    }

    @GET
    @Path("{id}/versions/{version}")
    @Operation(summary = "One version with its file and the state of its text: PENDING, EXTRACTED, NO_TEXT or "
            + "FAILED, the reason, and whether the text was cut at a limit")
    @APIResponse(responseCode = "404", description = "No such version, or not readable by the caller")
    @NotFoundWhenDenied
    public VersionResponse version(@PathParam("id") long id, @PathParam("version") int number) {
        VersionDetail v = queries.get(actor(), id).getVersions().stream().filter(x -> x.getNumber() == number)
                .findFirst().orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
        ExtractionSummary extraction = v.getContentSha256() == null ? null
                : extractions.of(List.of(v.getContentSha256())).get(v.getContentSha256());
        return VersionResponse.of(id, v, extraction);
    }

    @GET
    @Path("{id}/versions/{version}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The file of a version, streamed (counted and audited as a download)")
    @APIResponse(responseCode = "404", description = "No such version or file, or not downloadable by the caller")
    @NotFoundWhenDenied
    public Response download(@PathParam("id") long id, @PathParam("version") int version) {
        // Not allowed to download is answered like a missing file (@NotFoundWhenDenied): the caller learns nothing more.
        DownloadableFile file = downloads.prepare(actor(), id, version, true);
        StreamingOutput body = (OutputStream out) -> {
            try (SeekableByteChannel channel = downloads.open(file)) {
                FileStreaming.copy(channel, Channels.newChannel(out), file.getSize());
            }
        };
        return Response.ok(body, FileStreaming.mediaType(file))
                .header("Content-Length", file.getSize())
                .header("ETag", FileStreaming.entityTag(file))
                .header("Content-Disposition", FileStreaming.contentDisposition(file.getFileName(), "document"))
                .build();
    }

    @GET
    @Path("{id}/transitions")
    @Operation(summary = "The lifecycle steps the caller may take on the document now, with the version each acts on")
    @APIResponse(responseCode = "404", description = "No such document, or not readable by the caller")
    @NotFoundWhenDenied
    public Response steps(@PathParam("id") long id) {
        AvailableSteps steps = workflow.available(actor(), id);
        Map<String, Integer> body = new LinkedHashMap<>();
        steps.asMap().forEach((action, version) -> body.put(action.name(), version));
        return Response.ok(body).build();
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Takes a lifecycle step: submit, approve (never one's own draft), return to draft (with a "
            + "reason), promulgate (with an effective date), withdraw (with a reason), archive, or revise")
    @APIResponse(responseCode = "200", description = "The document after the step")
    @APIResponse(responseCode = "400", description = "A rule refused the step: error key and message")
    @APIResponse(responseCode = "403", description = "The caller may not take this step on this document")
    @APIResponse(responseCode = "404", description = "No such document, or not readable by the caller")
    @APIResponse(responseCode = "409", description = "The document changed meanwhile")
    public Response transition(@PathParam("id") long id, TransitionRequest request) {
        GuidanceAction action = ApiInputException.enumValue(GuidanceAction.class, "action",
                request == null ? null : request.action());
        if (action == null) {
            throw new ApiInputException("api.transition.invalid", "action", "Give an action (SUBMIT, APPROVE, "
                    + "RETURN_TO_DRAFT, PROMULGATE, WITHDRAW, ARCHIVE, REVISE) and, to promulgate, an ISO effective date.");
        }
        if (action == GuidanceAction.DISCARD_DRAFT) {
            // Discarding has its own call (DELETE on the draft version), with its own answer.
            throw new ApiInputException("api.transition.invalid", "action", action + " is not a lifecycle step here.");
        }
        LocalDate effective = ApiInputException.date("effectiveDate", request.effectiveDate());
        Caller actor = actor();
        commands.take(actor, new StepCommand(id, null, action, request.comment(), effective));
        return Response.ok(queries.get(actor, id)).build();
    }

    private Caller actor() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }
}
