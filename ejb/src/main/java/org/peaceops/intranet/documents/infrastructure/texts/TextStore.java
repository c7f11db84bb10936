package org.peaceops.intranet.documents.infrastructure.texts;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.peaceops.intranet.documents.application.ingest.TextArchive;
import org.peaceops.intranet.platform.infrastructure.NodeName;
import org.peaceops.intranet.shared.Sha256;

/**
 * Extracted texts on disk, {@code ab/<sha256>.txt.gz} under the root. Readers see a text only once it
 * is complete: a writer fills a temporary file and {@link PendingText#commit() commits} it by an atomic
 * rename; an abandoned one is deleted. Texts are derived data: losing one only means extracting again.
 */
public final class TextStore implements TextArchive {

    private static final Logger LOG = Logger.getLogger(TextStore.class.getName());
    static final String TEMP_PREFIX = ".text-";
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    /** This instance's temporary files: instances sharing the directory delete only their own at start-up. */
    private final String tempPrefix;

    public TextStore(Path root) {
        this(root, NodeName.fileTag());
    }

    /** @param node the instance writing through this store ({@link NodeName#fileTag()}) */
    public TextStore(Path root, String node) {
        this.tempPrefix = TEMP_PREFIX + node + "-";
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the text directory " + this.root, e);
        }
    }

    @Override
    public Optional<Reader> open(String contentSha256) throws IOException {
        try {
            GZIPInputStream in = new GZIPInputStream(Files.newInputStream(pathOf(contentSha256)), BUFFER);
            return Optional.of(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public boolean exists(String contentSha256) {
        return Files.isRegularFile(pathOf(contentSha256));
    }

    /** Starts writing the text of a content; close the result in every case (it deletes what was not committed). */
    public PendingText begin(String contentSha256) throws IOException {
        Path target = pathOf(contentSha256);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), tempPrefix, ".tmp");
        return new PendingText(temp, target);
    }

    /** Where a mission node receives a text from headquarters before {@link #adopt}: kept out of readers' sight. */
    public Path partialFile(String contentSha256) {
        pathOf(contentSha256); // refuses anything but a SHA-256
        return root.resolve(".partial").resolve(contentSha256 + ".txt.gz.part");
    }

    /** Moves a received text into place in one atomic rename, as {@link PendingText#commit()} does. */
    public void adopt(String contentSha256, Path received) throws IOException {
        Path target = pathOf(contentSha256);
        Files.createDirectories(target.getParent());
        Files.move(received, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The stored text's file as it is on disk (gzip'ed), for headquarters to send to its mission nodes. */
    public Path file(String contentSha256) {
        return pathOf(contentSha256);
    }

    public void delete(String contentSha256) throws IOException {
        Files.deleteIfExists(pathOf(contentSha256));
    }

    /** Deletes this instance's texts left half-written by a crash; only at its start-up, when none of its extractions runs. */
    public int deleteTemporaryFiles() throws IOException {
        java.util.List<Path> temps;
        try (java.util.stream.Stream<Path> walk = Files.walk(root, 2)) {
            temps = walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith(tempPrefix)).toList();
        }
        for (Path temp : temps) {
            Files.deleteIfExists(temp);
        }
        return temps.size();
    }

    Path pathOf(String sha256) {
        Sha256.requireHex(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".txt.gz");
    }

    /** A text being written: {@link #writer()}, then {@link #commit()}; {@link #close()} always. */
    public static final class PendingText implements TextArchive.PendingText {
        private final Path temp;
        private final Path target;
        private final FileChannel channel;
        private final Writer writer;
        private boolean committed;

        private PendingText(Path temp, Path target) throws IOException {
            this.temp = temp;
            this.target = target;
            this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            OutputStream gzip = new GZIPOutputStream(Channels.newOutputStream(channel), BUFFER);
            this.writer = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), BUFFER);
        }

        public Writer writer() {
            return writer;
        }

        /** Finishes the file durably and puts it in place in one step. */
        public void commit() throws IOException {
            writer.flush();
            writer.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
        }

        @Override
        public void close() {
            if (committed) {
                return;
            }
            try {
                writer.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Closing an abandoned text", e);
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete abandoned text " + temp, e);
            }
        }
    }
}
