package org.peaceops.intranet.training.attestation.application;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.peaceops.intranet.shared.refusal.TooLarge;

/**
 * An uploaded attestation file, copied to a temporary file as it arrives (never held in memory) so that
 * it can be read twice: once to check every line, once more to store a clean file. The copy stops,
 * and the upload is refused, past the size limit. Whoever receives it deletes it ({@link #close()}).
 */
public final class AttestationUpload implements AutoCloseable {

    /** What a reading of the file is for: the line-by-line check, or writing a clean file's lines. */
    public enum Pass { CHECKING, STORING }

    /**
     * How far the current reading has come, for a progress bar: the pass, the lines read, and the share
     * of the file's bytes read (known for CSV, which is read through {@link #open()}; -1 for XLSX).
     */
    public record Progress(Pass pass, long lines, int percent) implements java.io.Serializable {
        public boolean isPercentKnown() {
            return percent >= 0;
        }
    }

    private final String fileName;
    private final Path file;
    private final long size;
    // Written by the reading thread, read by the page polling it.
    private volatile Pass pass = Pass.CHECKING;
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong linesRead = new AtomicLong();
    private volatile boolean counted;

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

    /** Starts a reading of the file: progress counts from zero again. */
    public void startPass(Pass next) {
        pass = next;
        bytesRead.set(0);
        linesRead.set(0);
        counted = false;
    }

    /** The file to read as a stream, counting the bytes read for {@link #progress()}. */
    public InputStream open() throws IOException {
        counted = true;
        return new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        };
    }

    /** One more line read (of the current pass). */
    public void lineRead() {
        linesRead.incrementAndGet();
    }

    public Progress progress() {
        int percent = !counted ? -1 : size == 0 ? 100 : (int) Math.min(100, bytesRead.get() * 100 / size);
        return new Progress(pass, linesRead.get(), percent);
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
