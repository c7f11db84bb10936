package org.peaceops.intranet.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalInt;
import org.peaceops.intranet.training.application.CertificateDocuments;
import org.peaceops.intranet.training.application.CertificateView;
import org.peaceops.intranet.training.application.TrainingRecords;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.HttpRefusals;

/**
 * {@code /training/certificate?id=..}: the certificate PDF, for its holder or a trainer of the
 * holder's mission; anyone else gets 404, as for a certificate that does not exist.
 */
@WebServlet("/training/certificate")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRecords records;

    @Inject
    CurrentUser user;

    @Inject
    CertificateDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = CourseIds.parse(request.getParameter("id"));
        if (id == null || user.caller().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CertificateView[] found = new CertificateView[1];
        OptionalInt refused = HttpRefusals.attempt(
                () -> found[0] = records.certificateView(records.certificateFor(user.caller().get(), id)));
        if (refused.isPresent()) {
            // Someone else's certificate is answered like a missing one.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CertificateView certificate = found[0];
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + certificate.code() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        documents.writePdf(certificate, VerifyServlet.verifyUrl(request, certificate.code()), response.getOutputStream());
    }
}
