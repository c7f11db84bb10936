package org.peaceops.intranet.training.compliance.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/** Writes a table as CSV or XLSX while its rows are read, never holding the whole list. */
public interface ComplianceExports {

    /** The two file formats of every view. */
    enum Format {
        CSV, XLSX
    }

    /**
     * @param rows called once with a sink; every row it is handed is written at once
     */
    void write(Format format, String sheet, List<String> headers, Consumer<Consumer<List<String>>> rows,
            OutputStream out) throws IOException;
}
