/**
 * PDFBox at work: page images of PDF files (rendered with temporary files, not the heap) and the PDF
 * renditions of plain-text versions, so that every readable version has pages to preview.
 */
package org.peaceops.intranet.documents.infrastructure.pdf;
