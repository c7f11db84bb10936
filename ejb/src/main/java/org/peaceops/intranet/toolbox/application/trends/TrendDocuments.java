package org.peaceops.intranet.toolbox.application.trends;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/** The trend report as a printable document (PDFBox, in the infrastructure): figures, charts and terms. */
public interface TrendDocuments {

    /**
     * Writes the report as PDF.
     *
     * @param labels headings by key, as for {@link TrendCsv} plus {@code title} and {@code period}
     * @param typeName the name of a report type in the reader's language
     */
    default void pdf(TrendReport report, Function<String, String> labels, Function<String, String> typeName,
            OutputStream out) throws IOException {
        pdf(report, labels, typeName, Function.identity(), out);
    }

    /**
     * Writes the report as PDF, themes by name.
     *
     * @param themeName the name of a thematic area (by code) in the reader's language
     */
    void pdf(TrendReport report, Function<String, String> labels, Function<String, String> typeName,
            Function<String, String> themeName, OutputStream out) throws IOException;
}
