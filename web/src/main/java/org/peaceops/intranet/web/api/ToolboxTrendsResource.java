package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.application.trends.Count;
import org.peaceops.intranet.toolbox.application.trends.TrendQuery;
import org.peaceops.intranet.toolbox.application.trends.TrendReport;
import org.peaceops.intranet.toolbox.application.trends.TrendsAnalysis;
import org.peaceops.intranet.web.security.CurrentUser;

/** {@code GET /api/v1/toolbox/trends}: the trend report of published Toolbox reports the caller may open. */
@Path("/v1/toolbox/trends")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Toolbox", description = "Reports, recommendations and the chain lesson, guidance, training")
public class ToolboxTrendsResource {

    @Inject
    CurrentUser user;

    @Inject
    TrendsAnalysis trends;

    @Schema(description = "Published reports per month and type, totals by type, mission and theme code (a report counts once under each of its themes), the most used words")
    public record TrendsResponse(String from, String to, String mission, String type, long total, List<String> months,
            List<Long> perMonth, Map<String, List<Long>> perMonthByType, List<Count> byType, List<Count> byMission,
            List<Count> frequentTerms, List<Count> byTheme) {

        static TrendsResponse of(TrendReport r) {
            return new TrendsResponse(r.query().from().toString(), r.query().to().toString(), r.query().mission(),
                    r.query().typeCode(), r.total(), r.months().stream().map(YearMonth::toString).toList(), r.perMonth(),
                    r.perMonthByType(), r.byType(), r.byMission(), r.frequentTerms(), r.byTheme());
        }
    }

    @GET
    @Operation(summary = "Trends across published Toolbox reports the caller may open, month by month (Best Practices "
            + "Officers, approvers, administrators); the twelve months up to this one unless from/to are given")
    @APIResponse(responseCode = "400", description = "A month that is not yyyy-mm, or a period of more than 60 months")
    @APIResponse(responseCode = "403", description = "The caller is not a Best Practices Officer, approver or administrator")
    public TrendsResponse trends(@Parameter(description = "First month, yyyy-mm") @QueryParam("from") String from,
            @Parameter(description = "Last month, yyyy-mm") @QueryParam("to") String to,
            @QueryParam("mission") String mission,
            @Parameter(description = "A report type code, e.g. AFTER_ACTION_REVIEW") @QueryParam("type") String type) {
        Caller caller = user.caller().orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
        YearMonth last = month("to", to, YearMonth.now(java.time.ZoneOffset.UTC));
        YearMonth first = month("from", from, last.minusMonths(11));
        return TrendsResponse.of(trends.trends(caller, new TrendQuery(first, last, mission, type)));
    }

    private static YearMonth month(String name, String value, YearMonth absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiInputException("api.invalid.value", name, "The month \"" + ApiInputException.printable(value)
                    + "\" is not yyyy-mm.", name, ApiInputException.printable(value), "yyyy-mm");
        }
    }
}
