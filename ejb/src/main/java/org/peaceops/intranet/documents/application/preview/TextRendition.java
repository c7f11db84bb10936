package org.peaceops.intranet.documents.application.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;

/** A plain-text file laid out as a PDF, so it previews like one (a port: PDFBox in infrastructure). */
public interface TextRendition {

    void write(String title, Reader text, OutputStream out) throws IOException;
}
