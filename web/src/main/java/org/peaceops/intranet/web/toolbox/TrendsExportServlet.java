package org.peaceops.intranet.web.toolbox;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.toolbox.application.trends.TrendCsv;
import org.peaceops.intranet.toolbox.application.trends.TrendDocuments;
import org.peaceops.intranet.toolbox.application.trends.TrendQuery;
import org.peaceops.intranet.toolbox.application.trends.TrendReport;
import org.peaceops.intranet.toolbox.application.trends.TrendsAnalysis;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.HttpRefusals;
import org.peaceops.intranet.web.shell.Messages;

/**
 * {@code /toolbox/trends-export?format=csv|pdf&from=yyyy-mm&to=yyyy-mm[&mission=..&type=..]}: the trend report
 * as the page shows it, as a file. Refusals (role, period) are known before the first byte is written.
 */
@WebServlet("/toolbox/trends-export")
public class TrendsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    GuidanceQueries guidance;

    @Inject
    TrendsAnalysis trends;

    @Inject
    ReportDraftingService drafting;

    @Inject
    CurrentUser user;

    @Inject
    TrendDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TrendQuery query;
        try {
            if (!List.of("csv", "pdf").contains(String.valueOf(request.getParameter("format")))) {
                throw new IllegalArgumentException("format");
            }
            query = new TrendQuery(YearMonth.parse(String.valueOf(request.getParameter("from"))),
                    YearMonth.parse(String.valueOf(request.getParameter("to"))), request.getParameter("mission"),
                    request.getParameter("type"));
        } catch (RuntimeException unreadable) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format=csv|pdf, from and to as yyyy-mm (at most 60 months)");
            return;
        }
        Caller caller = user.caller().orElseThrow();
        TrendReport[] report = new TrendReport[1];
        OptionalInt refused = HttpRefusals.attempt(() -> report[0] = trends.trends(caller, query));
        if (refused.isPresent()) {
            response.sendError(refused.getAsInt());
            return;
        }
        // no Faces here: headings come from the bundle in the browser's language
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
        Map<String, String> types = new LinkedHashMap<>();
        drafting.reportTypes().forEach(t -> types.put(t.code(), t.name().in(request.getLocale())));
        Map<String, String> themes = new LinkedHashMap<>();
        guidance.thematicAreas(request.getLocale()).forEach(t -> themes.put(t.getCode(), t.getName()));
        boolean pdf = "pdf".equals(request.getParameter("format"));
        response.setContentType(pdf ? "application/pdf" : "text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"toolbox-trends-" + query.from() + "-"
                + query.to() + (pdf ? ".pdf" : ".csv") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (pdf) {
            documents.pdf(report[0], key -> bundle.getString("toolbox.trends.csv." + key),
                    code -> types.getOrDefault(code, code), code -> themes.getOrDefault(code, code),
                    response.getOutputStream());
            return;
        }
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        TrendCsv.write(report[0], key -> bundle.getString("toolbox.trends.csv." + key),
                code -> types.getOrDefault(code, code), code -> themes.getOrDefault(code, code), out);
    }
}
