package org.peaceops.intranet.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.peaceops.intranet.training.compliance.application.ComplianceDashboards;
import org.peaceops.intranet.training.compliance.application.ComplianceExports.Format;
import org.peaceops.intranet.training.compliance.application.Drill;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceOrder;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.HttpRefusals;
import org.peaceops.intranet.web.shell.Messages;

/**
 * {@code /training/manage/compliance-export?format=csv|xlsx&figure=..[&mission=..&category=..&month=..&country=..]}:
 * a drill-down list as a file, written while it is read; {@code figure=DASHBOARD} exports the figures themselves.
 */
@WebServlet("/training/manage/compliance-export")
public class ComplianceExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceDashboards dashboards;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Format format;
        ComplianceFigure figure = null;
        YearMonth month;
        try {
            format = Format.valueOf(String.valueOf(request.getParameter("format")).toUpperCase(Locale.ROOT));
            String f = request.getParameter("figure");
            if (!"DASHBOARD".equals(f)) {
                figure = ComplianceFigure.valueOf(String.valueOf(f));
            }
            String m = blank(request.getParameter("month"));
            month = m == null ? null : YearMonth.parse(m);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format csv|xlsx, a figure, a month yyyy-mm");
            return;
        }
        String mission = blank(request.getParameter("mission"));
        String category = blank(request.getParameter("category"));
        // refusals (scope, bad filters) are known before the first byte: check them with a count
        Drill drill = figure == null ? null : new Drill(figure, mission, category, month,
                blank(request.getParameter("country")));
        OptionalInt refused = HttpRefusals.attempt(() -> {
            if (drill == null) {
                dashboards.scope(user.caller().orElseThrow());
                dashboards.count(user.caller().orElseThrow(), Drill.dashboard(mission, category));
            } else {
                dashboards.count(user.caller().orElseThrow(), drill);
            }
        });
        if (refused.isPresent()) {
            response.sendError(refused.getAsInt());
            return;
        }
        String name = "compliance-" + (figure == null ? "dashboard" : figure.name().toLowerCase(Locale.ROOT))
                + (month == null ? "" : "-" + month) + "." + format.name().toLowerCase(Locale.ROOT);
        response.setContentType(format == Format.CSV ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // no Faces here: the headers come from the bundle in the browser's language
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale());
        java.util.function.Function<String, String> messages = bundle::getString;
        if (drill == null) {
            dashboards.exportFigures(user.caller().orElseThrow(), mission, category, format, List.of(
                    messages.apply("compliance.export.figure"), messages.apply("compliance.export.detail"),
                    messages.apply("compliance.export.count")),
                    key -> messages.apply("compliance.figure." + key), response.getOutputStream());
        } else {
            dashboards.export(user.caller().orElseThrow(), drill, ComplianceOrder.NAME, true, format, List.of(
                    messages.apply("roster.name"), messages.apply("compliance.export.identifier"),
                    messages.apply("profile.mission"), messages.apply("roster.category"),
                    messages.apply("training.col.course"), messages.apply("compliance.export.date"),
                    messages.apply("compliance.export.country")), response.getOutputStream());
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
