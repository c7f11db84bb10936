package org.peaceops.intranet.documents.application.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Page images, renditions and what is known of each file (its page count, why it cannot be drawn),
 * kept by content hash (a port: files under the data directory, in infrastructure).
 */
public interface PreviewCache {

    /** Writes a file's content; the cache decides where. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException, UnrenderablePdfException;
    }

    Path image(String sha256, String size, int page);

    Optional<Path> cachedImage(String sha256, String size, int page);

    Path rendition(String sha256);

    Optional<Integer> pageCount(String sha256);

    void rememberPageCount(String sha256, int pages) throws IOException;

    Optional<UnrenderablePdfException.Problem> problem(String sha256);

    void rememberProblem(String sha256, UnrenderablePdfException.Problem problem) throws IOException;

    /** Writes {@code target} whole or not at all. */
    void write(Path target, Content content) throws IOException, UnrenderablePdfException;
}
