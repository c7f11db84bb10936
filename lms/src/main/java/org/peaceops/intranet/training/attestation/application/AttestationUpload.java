package org.peaceops.intranet.training.attestation.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.peaceops.intranet.shared.refusal.TooLarge;

/**
 * An uploaded attestation file, copied to a temporary file as it arrives (never held in memory) so that
 * it can be read twice: once to check every line, once more to store a clean file. The copy stops,
 * and the upload is refused, past the size limit. Whoever receives it deletes it ({@link #close()}).
 */
public final class AttestationUpload implements AutoCloseable {

    private final String fileName;
    private final Path file;
    private final long size;

    private AttestationUpload(String fileName, Path file, long size) {
        this.fileName = fileName;
        this.file = file;
        this.size = size;
    }

    public static AttestationUpload receive(String fileName, InputStream in, long maxBytes) {
        String name = safeName(fileName);
        Path file = null;
        try {
            file = Files.createTempFile("attestations-", ".upload");
            long copied = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    copied += n;
                    if (copied > maxBytes) {
                        throw new TooLarge("attestation.error.tooLarge", "The file is larger than " + maxBytes + " bytes",
                                maxBytes / (1024 * 1024)).about(name);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new AttestationUpload(name, file, copied);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The name as the batch keeps it: the last path segment, printable, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "attestations";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    public String fileName() {
        return fileName;
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind is the system's temp cleaner's to remove.
            }
        }
    }
}
