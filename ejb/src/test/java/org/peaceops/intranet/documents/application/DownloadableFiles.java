package org.peaceops.intranet.documents.application;

import java.time.Instant;

/** Test access to the package-private constructor of {@link DownloadableFile}. */
public final class DownloadableFiles {

    private DownloadableFiles() {
    }

    public static DownloadableFile of(String sha256, long size, String mediaType, String fileName) {
        return new DownloadableFile(sha256, size, mediaType, fileName, Instant.parse("2025-01-01T00:00:00Z"));
    }
}
