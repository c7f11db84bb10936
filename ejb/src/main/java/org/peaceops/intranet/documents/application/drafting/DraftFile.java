package org.peaceops.intranet.documents.application.drafting;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file chosen for a draft: how to open its content (streamed, never held in memory), its name and
 * what the browser said it is.
 */
public record DraftFile(Content content, String name, String declaredMediaType) {

    /** Opens the content where the container keeps it (a temporary file, the request body). */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
