package org.peaceops.intranet.documents.application.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Page images of a PDF file (a port: drawn by PDFBox in infrastructure). Thread-safe. */
public interface PageRenderer {

    /** The number of pages, or why the file cannot be previewed. */
    int pageCount(Path pdf) throws UnrenderablePdfException;

    /** Draws one page as a PNG {@code width} pixels wide; returns the document's page count. */
    int renderPng(Path pdf, int pageNumber, int width, OutputStream png) throws UnrenderablePdfException, IOException;
}
