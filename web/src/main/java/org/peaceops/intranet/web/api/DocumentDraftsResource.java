package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.peaceops.intranet.documents.application.CatalogueEntry;
import org.peaceops.intranet.documents.application.DraftGuidance;
import org.peaceops.intranet.documents.application.GuidanceUpload;
import org.peaceops.intranet.documents.application.drafting.DraftCommands;
import org.peaceops.intranet.documents.application.drafting.DraftText;
import org.peaceops.intranet.documents.application.drafting.NewDraft;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * Writing through the API: starting a document as a draft, putting a draft version's file, streamed
 * to the blob store (never held in memory), and discarding a draft. The same services and rules as the
 * draft form and the document page.
 */
@Path("/v1/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentDraftsResource {

    @Inject
    CurrentUser user;

    @Inject
    DraftGuidance drafts;

    @Inject
    DraftCommands commands;

    @Inject
    GuidanceUpload uploads;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts a document with version 1 as the caller's draft")
    @APIResponse(responseCode = "201", description = "Created; Location is the new document")
    @APIResponse(responseCode = "400", description = "A field was refused: error key and message")
    @APIResponse(responseCode = "403", description = "The caller does not draft documents")
    public Response create(DraftRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new ApiInputException("api.draft.invalid", null, "Send the new document as JSON.");
        }
        Classification classification = ApiInputException.enumValue(Classification.class, "classification",
                request.getClassification());
        // A broken rule reaches ApiExceptionMapper as a 400 (409 when taken) with its key and field.
        DraftText text = new DraftText(request.getTitleEn(), request.getTitleFr(), request.getSummaryEn(),
                request.getSummaryFr(), request.getLanguages(), request.getKeywords(), request.reviewDateValue());
        long id = commands.start(actor(), new NewDraft(request.getType(), request.getReferenceNumber(), text,
                new CatalogueEntry(request.getOwningOffice(), request.getMission(), classification, request.getThemes())));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(Map.of("documentId", id, "version", 1)).build();
    }

    @PUT
    @Path("{id}/versions/{version}/file")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Puts the file of a draft version (the request body, streamed)")
    @APIResponse(responseCode = "200", description = "Stored: its SHA-256 and size")
    @APIResponse(responseCode = "400", description = "The version is not a draft, or the file is empty")
    @APIResponse(responseCode = "413", description = "The file is larger than the intranet accepts")
    @APIResponse(responseCode = "415", description = "The file's type is not accepted, or contradicts its extension")
    @APIResponse(responseCode = "404", description = "No such document, or not readable by the caller")
    public Response putFile(@PathParam("id") long id, @PathParam("version") int version,
            @QueryParam("name") String fileName, @HeaderParam("Content-Type") String mediaType, InputStream content)
            throws IOException {
        if (fileName == null || fileName.isBlank()) {
            throw new ApiInputException("api.file.name", "name", "Give the file's name as ?name=...");
        }
        // Refusals (type, size, empty, not a draft) reach ApiExceptionMapper: 400, 413 or 415 with the file's safe name.
        var outcome = uploads.attach(actor(), id, version, content, fileName, mediaType);
        return Response.ok(Map.of("sha256", outcome.getSha256(), "size", outcome.getSize(),
                "mediaType", outcome.getMediaType(), "file", outcome.getFileName())).build();
    }

    @DELETE
    @Path("{id}/versions/{version}")
    @Operation(summary = "Discards a draft version (its author, or an approver of the owning mission or HQ), with a "
            + "reason for the audit trail; a document that had only that draft is removed with it")
    @APIResponse(responseCode = "200", description = "Discarded: whether the document was removed too")
    @APIResponse(responseCode = "400", description = "Not a draft, or no reason given")
    @APIResponse(responseCode = "403", description = "The caller may not discard this draft")
    @APIResponse(responseCode = "404", description = "No such document or version, or not readable by the caller")
    public Response discard(@PathParam("id") long id, @PathParam("version") int version,
            @QueryParam("reason") String reason) {
        // Refusals (not a draft, no reason, not allowed) reach ApiExceptionMapper: 400, 403 or 404.
        boolean removed = drafts.discardDraft(actor(), id, version, reason);
        return Response.ok(Map.of("documentId", id, "version", version, "documentRemoved", removed)).build();
    }

    private Caller actor() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }
}
