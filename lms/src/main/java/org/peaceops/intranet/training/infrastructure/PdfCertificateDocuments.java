package org.peaceops.intranet.training.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import org.peaceops.intranet.training.application.CertificateDocuments;
import org.peaceops.intranet.training.application.CertificateView;

/** {@link CertificateDocuments} drawn by PDFBox ({@link CertificatePdf}). */
@ApplicationScoped
public class PdfCertificateDocuments implements CertificateDocuments {

    @Override
    public void writePdf(CertificateView certificate, String verifyUrl, OutputStream out) throws IOException {
        CertificatePdf.write(certificate, verifyUrl, out);
    }
}
