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
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.attestation.application.AttestationFiles;
import org.peaceops.intranet.training.attestation.application.AttestationImports;
import org.peaceops.intranet.training.attestation.application.AttestationUpload;
import org.peaceops.intranet.training.attestation.application.BatchView;
import org.peaceops.intranet.training.attestation.application.ImportOutcome;
import org.peaceops.intranet.training.attestation.application.LineView;
import org.peaceops.intranet.training.attestation.domain.ImportReport;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * Pre-deployment attestations over REST, for trainers: check a file, import it as a pending batch,
 * read batches and their lines, and the second trainer's decision. Files are the request body (CSV or
 * XLSX, streamed), named with {@code ?name=}.
 */
@Path("/v1/training/attestations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training attestations", description = "Pre-deployment attestation batches: check, import, verify (four eyes)")
public class AttestationsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CurrentUser user;

    @Inject
    AttestationImports imports;

    @Inject
    AttestationFiles files;

    /** The decision of the second trainer on the batch as they read it ({@code version}). */
    public static class DecisionRequest {
        public String decision;
        public Integer version;
        public String reason;
    }

    public enum Decision {
        VERIFY, REJECT
    }

    private Caller profile() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }

    private AttestationUpload receive(String fileName, InputStream content) {
        if (fileName == null || fileName.isBlank()) {
            throw new ApiInputException("api.file.name", "name", "Give the file's name as ?name=...");
        }
        return AttestationUpload.receive(fileName, content, imports.maxBytes());
    }

    @GET
    @Operation(summary = "Attestation batches of the caller's missions, newest first")
    public List<BatchView> batches() {
        return imports.batches(profile());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One batch; its version goes back with a decision")
    @APIResponse(responseCode = "404", description = "No such batch in the caller's missions")
    public BatchView batch(@PathParam("id") long id) {
        return imports.batch(profile(), id);
    }

    @GET
    @Path("{id}/lines")
    @Operation(summary = "The lines of a batch in file order, a page at a time (at most 1,000)")
    public List<LineView> lines(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("200") int max) {
        return imports.lines(profile(), id, first, max);
    }

    @POST
    @Path("check")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Checks a file line by line and stores nothing: every bad line with its problems")
    @APIResponse(responseCode = "400", description = "Not an attestation file: wrong columns, not UTF-8, malformed")
    @APIResponse(responseCode = "413", description = "Too large, too many lines, or a zip bomb")
    public ImportReport check(@QueryParam("name") String fileName,
            @Parameter(description = "unknown people become learner records") @QueryParam("createLearners") boolean createLearners,
            InputStream content) {
        try (AttestationUpload upload = receive(fileName, content)) {
            return imports.check(profile(), upload, createLearners);
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Imports a file as one batch pending verification, only if every line passes (all or nothing)")
    @APIResponse(responseCode = "201", description = "Stored: the report and the pending batch")
    @APIResponse(responseCode = "422", description = "Some lines have problems: the report, nothing stored")
    @APIResponse(responseCode = "400", description = "Not an attestation file: wrong columns, not UTF-8, malformed")
    @APIResponse(responseCode = "413", description = "Too large, too many lines, or a zip bomb")
    public Response importBatch(@QueryParam("name") String fileName, @QueryParam("createLearners") boolean createLearners,
            InputStream content) {
        ImportOutcome outcome;
        try (AttestationUpload upload = receive(fileName, content)) {
            outcome = imports.importBatch(profile(), upload, createLearners);
        }
        if (!outcome.isStored()) {
            return Response.status(422).entity(outcome).build();
        }
        return Response.created(URI.create("v1/training/attestations/" + outcome.batch().id())).entity(outcome).build();
    }

    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A second trainer verifies (every line becomes a completion) or rejects (with a reason) the batch")
    @APIResponse(responseCode = "400", description = "The uploader deciding their own batch (four eyes), or no reason to reject")
    @APIResponse(responseCode = "409", description = "The batch was decided meanwhile (another verifier won)")
    public BatchView decide(@PathParam("id") long id, DecisionRequest body) {
        if (body == null || body.version == null) {
            throw new ApiInputException("api.invalid.value", "version", "Give the decision and the batch version read",
                    "version", "", "the batch's version");
        }
        Decision decision = ApiInputException.enumValue(Decision.class, "decision", body.decision);
        if (decision == null) {
            throw new ApiInputException("api.invalid.value", "decision", "Give the decision: VERIFY or REJECT",
                    "decision", "", "VERIFY, REJECT");
        }
        return decision == Decision.VERIFY ? imports.verify(profile(), id, body.version)
                : imports.reject(profile(), id, body.version, body.reason);
    }

    @GET
    @Path("template.csv")
    @Produces("text/csv")
    @Operation(summary = "The CSV template: the header and one example line")
    public Response csvTemplate() {
        return template("csv", "text/csv; charset=UTF-8");
    }

    @GET
    @Path("template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The XLSX template: the header and one example line")
    public Response xlsxTemplate() {
        return template("xlsx", XLSX);
    }

    private Response template(String format, String type) {
        imports.requireTrainer(profile());
        StreamingOutput body = out -> files.template(format, out);
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"attestations-template." + format + "\"").build();
    }
}
