package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.compliance.application.ComplianceDashboards;
import org.peaceops.intranet.training.compliance.application.CompliancePage;
import org.peaceops.intranet.training.compliance.application.Drill;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceOrder;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * Compliance dashboards over REST, for those who manage training (headquarters and administrators: every
 * mission; a mission's trainer: theirs): the figures, and the list behind each figure a page at a time.
 */
@Path("/v1/training/compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training compliance", description = "Compliance dashboards per mission and category, with drill-down")
public class ComplianceResource {

    @Inject
    CurrentUser user;

    @Inject
    ComplianceDashboards dashboards;

    private Caller profile() {
        return user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    }

    @GET
    @Operation(summary = "The dashboard of the caller's missions: people, compliant with mandatory courses (those an "
            + "active assignment rule gives), owing, overdue, certificates expiring within 30/60/90 days, people "
            + "arrived without a verified pre-deployment attestation; the share compliant; completions per month over "
            + "24 months; the training gap per contributing country")
    @APIResponse(responseCode = "400", description = "An unknown personnel category")
    @APIResponse(responseCode = "403", description = "The caller manages no training, or not this mission's")
    public ComplianceFiguresResponse figures(@QueryParam("mission") String mission,
            @Parameter(description = "military, police, civilian or volunteer") @QueryParam("category") String category) {
        return ComplianceFiguresResponse.of(dashboards.figures(profile(), mission, category));
    }

    @GET
    @Path("{figure}")
    @Operation(summary = "The people (certificates for EXPIRING_*, records for COMPLETED_IN_MONTH) behind one figure, "
            + "a page at a time (at most 500); total equals the figure")
    @APIResponse(responseCode = "400", description = "An unknown figure, sort or category, or a month that is not yyyy-mm")
    @APIResponse(responseCode = "403", description = "The caller manages no training, or not this mission's")
    public CompliancePage drill(
            @Parameter(description = "PEOPLE, COMPLIANT, NOT_COMPLIANT, OVERDUE, EXPIRING_30, EXPIRING_60, EXPIRING_90, "
                    + "COMPLETED_IN_MONTH or ARRIVED_WITHOUT_ATTESTATION") @PathParam("figure") String figure,
            @QueryParam("mission") String mission, @QueryParam("category") String category,
            @Parameter(description = "yyyy-mm, for COMPLETED_IN_MONTH") @QueryParam("month") String month,
            @Parameter(description = "a contributing country ('-': none known), for ARRIVED_WITHOUT_ATTESTATION")
            @QueryParam("country") String country,
            @Parameter(description = "NAME, MISSION, CATEGORY or DATE") @QueryParam("sort") String sort,
            @QueryParam("descending") boolean descending,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
        ComplianceFigure chosen = ApiInputException.enumValue(ComplianceFigure.class, "figure", figure);
        ComplianceOrder order = ApiInputException.enumValue(ComplianceOrder.class, "sort", sort);
        return dashboards.page(profile(), new Drill(chosen, mission, category, month(month), country), order,
                !descending, first, max);
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiInputException("api.invalid.value", "month", "The month \"" + ApiInputException.printable(value)
                    + "\" is not yyyy-mm.", "month", ApiInputException.printable(value), "yyyy-mm");
        }
    }
}
