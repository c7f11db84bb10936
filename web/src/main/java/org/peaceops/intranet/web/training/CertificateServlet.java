package org.peaceops.intranet.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peaceops.intranet.training.application.CertificateView;
import org.peaceops.intranet.training.application.TrainingNotFoundException;
import org.peaceops.intranet.training.application.TrainingRecords;
import org.peaceops.intranet.training.infrastructure.CertificatePdf;
import org.peaceops.intranet.web.security.CurrentUser;

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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CertificateView certificate;
        try {
            long id = Long.parseLong(request.getParameter("id"));
            certificate = records.certificateView(records.certificateFor(user.caller().orElseThrow(), id));
        } catch (NumberFormatException | TrainingNotFoundException | java.util.NoSuchElementException
                | jakarta.ejb.EJBException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + certificate.code() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        CertificatePdf.write(certificate, VerifyServlet.verifyUrl(request, certificate.code()), response.getOutputStream());
    }
}
