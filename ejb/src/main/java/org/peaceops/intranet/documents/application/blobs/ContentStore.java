package org.peaceops.intranet.documents.application.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * File bytes kept by content (their SHA-256), whole or not at all: what the application services need
 * of the blob store. Implemented in infrastructure (a directory tree under the data directory).
 */
public interface ContentStore {

    /**
     * Streams {@code content} into the store; {@code check} looks at it before it is kept.
     *
     * @throws BlobTooLargeException if the content exceeds {@link #maxBytes()}; nothing is kept
     */
    StoredBlob store(InputStream content, ContentCheck check) throws IOException;

    /** Where a stored blob's bytes are, for readers that need a file (container detection, extraction, rendering). */
    Path locate(String sha256);

    /** The same path as {@link #locate}, for callers that checked {@link #exists} first. */
    Path file(String sha256);

    SeekableByteChannel openChannel(String sha256) throws IOException;

    boolean exists(String sha256);

    long maxBytes();

    /** Removes blobs no row refers to and older than {@code grace}. */
    SweepReport sweepOrphans(Set<String> referenced, Duration grace, Instant now) throws IOException;

    /** Removes temporary files an interrupted upload left; returns how many. */
    int deleteTemporaryFiles() throws IOException;

    /** A look at uploaded content before it is kept (what it really is, whether it is accepted). */
    @FunctionalInterface
    interface ContentCheck {
        /** @throws IOException or a runtime exception to refuse the content; nothing is kept then */
        void check(Path content, long size) throws IOException;
    }
}
