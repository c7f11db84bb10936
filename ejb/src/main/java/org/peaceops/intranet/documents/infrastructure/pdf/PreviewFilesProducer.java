package org.peaceops.intranet.documents.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.peaceops.intranet.platform.application.DataDirectory;

/** The preview cache under {@code <data dir>/previews}, and the stateless PDF tools, one of each. */
@ApplicationScoped
public class PreviewFilesProducer {

    @Inject
    DataDirectory dataDirectory;

    @Produces
    @Singleton
    PreviewFiles previewFiles() {
        return new PreviewFiles(dataDirectory.resolve("previews"));
    }

    @Produces
    @Singleton
    PdfPageRenderer renderer() {
        return new PdfPageRenderer();
    }

    @Produces
    @Singleton
    PlainTextPdf plainTextPdf() {
        return new PlainTextPdf();
    }
}
