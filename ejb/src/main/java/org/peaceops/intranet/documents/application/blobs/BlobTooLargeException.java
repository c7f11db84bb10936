package org.peaceops.intranet.documents.application.blobs;

import java.io.IOException;

/** The content went past the configured maximum size; nothing of it was kept. */
public class BlobTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public BlobTooLargeException(long maxBytes) {
        super("The file is larger than the limit of " + describe(maxBytes) + "; nothing was stored.");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    static String describe(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MB";
        }
        return bytes + " bytes";
    }
}
