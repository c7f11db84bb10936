package org.peaceops.intranet.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.peaceops.intranet.training.application.CourseCatalogue;
import org.peaceops.intranet.training.application.CourseSummary;
import org.peaceops.intranet.training.application.RosterFiles;
import org.peaceops.intranet.training.application.RosterRow;
import org.peaceops.intranet.training.application.TrainingRecords;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.HttpRefusals;

/** {@code /training/manage/roster-export?id=..&format=csv|xlsx[&mission=..&category=..]}: the roster as a file. */
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
        OptionalInt refused = HttpRefusals.attempt(() -> {
            course.add(catalogue.summary(id));
            rows.add(records.roster(user.caller().orElseThrow(), id, blank(request.getParameter("mission")),
                    blank(request.getParameter("category"))));
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
        if ("csv".equals(format)) {
            files.csv(rows.get(0), response.getOutputStream());
        } else {
            files.xlsx(rows.get(0), response.getOutputStream());
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
