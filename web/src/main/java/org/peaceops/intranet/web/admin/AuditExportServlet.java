package org.peaceops.intranet.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.peaceops.intranet.documents.application.audit.AuditLog;
import org.peaceops.intranet.documents.domain.audit.AuditQuery;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * {@code /admin/audit.csv?actor=..&action=..&document=..&from=yyyy-mm-dd&to=yyyy-mm-dd}: the matching audit
 * lines as CSV, streamed while they are read (administrators only: web.xml for {@code /admin/*}, and the
 * audit service asks the access policy again). Malformed filters get a 400 that says which one.
 */
@WebServlet("/admin/audit.csv")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (user.caller().isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        AuditQuery query;
        try {
            query = query(request);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Bad audit filter: " + e.getMessage());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
            // The byte order mark makes spreadsheet programs read the file as UTF-8 (French names, dashes).
            out.write('\uFEFF');
            log.exportCsv(user.caller().get(), query, out);
            out.flush();
        } catch (Refusal | jakarta.ejb.EJBException denied) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }

    static AuditQuery query(HttpServletRequest request) {
        String action = blankToNull(request.getParameter("action"));
        String document = blankToNull(request.getParameter("document"));
        String from = blankToNull(request.getParameter("from"));
        String to = blankToNull(request.getParameter("to"));
        return new AuditQuery(blankToNull(request.getParameter("actor")),
                action == null ? null : AuditAction.valueOf(action),
                document == null ? null : Long.valueOf(document),
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
