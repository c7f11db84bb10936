package org.peaceops.intranet.training.application;

import java.io.IOException;
import java.io.OutputStream;

/** The printable certificate of a completed course (a port: the PDF is drawn in infrastructure). */
public interface CertificateDocuments {

    /** @param verifyUrl the public verify page of this certificate, printed under the code */
    void writePdf(CertificateView certificate, String verifyUrl, OutputStream out) throws IOException;
}
