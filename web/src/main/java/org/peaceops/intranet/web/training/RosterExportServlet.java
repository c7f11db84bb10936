package org.peaceops.intranet.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.peaceops.intranet.training.application.CourseCatalogue;
import org.peaceops.intranet.training.application.CourseSummary;
import org.peaceops.intranet.training.application.RosterFiles;
import org.peaceops.intranet.training.application.RosterRow;
import org.peaceops.intranet.training.application.RosterTable;
import org.peaceops.intranet.training.application.TrainingRecords;
import org.peaceops.intranet.training.scorm.application.RosterScorm;
import org.peaceops.intranet.training.scorm.application.ScormLessons;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.HttpRefusals;
import org.peaceops.intranet.web.shell.Messages;

/**
 * {@code /training/manage/roster-export?id=..&format=csv|xlsx[&mission=..&category=..]}: the roster as a file,
 * with the page's columns (the e-learning standing included when the course has one).
 */
@WebServlet("/training/manage/roster-export")
public class RosterExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRecords records;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    CurrentUser user;

    @Inject
    RosterFiles files;

    @Inject
    ScormLessons scormLessons;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be csv or xlsx");
            return;
        }
        Long id = CourseIds.parse(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<List<RosterRow>> rows = new ArrayList<>(1);
        List<CourseSummary> course = new ArrayList<>(1);
        Map<String, RosterScorm> elearning = new HashMap<>();
        OptionalInt refused = HttpRefusals.attempt(() -> {
            course.add(catalogue.summary(id));
            rows.add(records.roster(user.caller().orElseThrow(), id, blank(request.getParameter("mission")),
                    blank(request.getParameter("category"))));
            elearning.putAll(scormLessons.roster(user.caller().orElseThrow(), id));
        });
        if (refused.isPresent()) {
            response.sendError(refused.getAsInt());
            return;
        }
        String name = "roster-" + course.get(0).code().replaceAll("[^A-Za-z0-9._-]", "_") + "." + format;
        response.setContentType("csv".equals(format) ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        RosterTable table = table(ResourceBundle.getBundle(Messages.BUNDLE, request.getLocale()), rows.get(0), elearning);
        if ("csv".equals(format)) {
            files.csv(table, response.getOutputStream());
        } else {
            files.xlsx(table, response.getOutputStream());
        }
    }

    /**
     * The columns named as on the roster page, in the browser's language (no Faces here); the e-learning
     * ones (status, best score, visits, time) when the page shows its e-learning column.
     */
    static RosterTable table(ResourceBundle bundle, List<RosterRow> rows, Map<String, RosterScorm> elearning) {
        List<String> headers = new ArrayList<>(List.of(bundle.getString("roster.name"), bundle.getString("profile.mission"),
                bundle.getString("roster.category"), bundle.getString("training.col.status"),
                bundle.getString("roster.export.due"), bundle.getString("roster.export.completed"),
                bundle.getString("roster.export.version"), bundle.getString("roster.export.score")));
        if (elearning.isEmpty()) {
            return RosterTable.of(headers, rows);
        }
        headers.addAll(List.of(bundle.getString("roster.scorm"), bundle.getString("roster.export.scormScore"),
                bundle.getString("roster.export.scormVisits"), bundle.getString("roster.export.scormTime")));
        Map<String, List<Object>> cells = new HashMap<>();
        elearning.forEach((subject, standing) -> cells.put(subject, standing.cells()));
        return new RosterTable(headers, rows, 4, cells);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
