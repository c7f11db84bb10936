package org.peaceops.intranet.documents.application.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.peaceops.intranet.documents.domain.extraction.ExtractionOutcome;

/** Plain text out of a stored file, bounded in size and time (a port: Apache Tika, in infrastructure). */
public interface TextExtraction {

    /** Writes the file's text to {@code out}; {@code fileName} is a hint of its type. */
    ExtractionOutcome extract(Path file, String fileName, Writer out) throws IOException;
}
