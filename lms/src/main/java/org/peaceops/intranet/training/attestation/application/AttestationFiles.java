package org.peaceops.intranet.training.attestation.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.peaceops.intranet.training.attestation.domain.AttestationRow;

/**
 * Reads an attestation file (CSV in UTF-8, or XLSX) row by row as it streams, after checking its
 * header; writes the blank templates. A file that cannot be read as an attestation file at all (wrong
 * columns, not UTF-8, a zip bomb, more lines than allowed) is refused whole with a Refusal saying why.
 */
public interface AttestationFiles {

    /** The most attestation lines one file may hold. */
    int MAX_LINES = 100_000;

    void read(AttestationUpload upload, Consumer<AttestationRow> rows);

    /** Writes the template: {@code csv} or {@code xlsx}, the header and one example line. */
    void template(String format, OutputStream out) throws IOException;
}
