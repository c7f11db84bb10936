package org.peaceops.intranet.documents.application.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.peaceops.intranet.documents.domain.extraction.ExtractionOutcome;

/** Plain text out of a stored file, bounded in size and time (a port: Apache Tika, in infrastructure). */
public interface TextExtraction {

    /** Writes the file's text to {@code out}; {@code fileName} is a hint of its type. */
    ExtractionOutcome extract(Path file, String fileName, Writer out) throws IOException;

    /**
     * Starts the parsing processes ahead of the first file, on {@code executor}, so that no file waits for
     * one to start; completes with how many were started (none when parsing runs in process).
     */
    default CompletableFuture<Integer> startChildren(Executor executor, int children) {
        return CompletableFuture.completedFuture(0);
    }
}
