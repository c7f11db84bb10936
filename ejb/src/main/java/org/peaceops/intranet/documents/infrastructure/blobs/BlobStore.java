package org.peaceops.intranet.documents.infrastructure.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.peaceops.intranet.documents.application.blobs.BlobTooLargeException;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.documents.application.blobs.StoredBlob;
import org.peaceops.intranet.documents.application.blobs.SweepReport;
import org.peaceops.intranet.platform.infrastructure.NodeName;
import org.peaceops.intranet.shared.Sha256;

/**
 * File bytes stored by content: a blob's name is the SHA-256 of its bytes, kept at {@code ab/cd/<sha256>}
 * under the root (two levels so no directory holds more than a few hundred entries).
 *
 * <p>Content is streamed to a temporary file in the same directory tree while it is hashed and counted,
 * never held in memory; the file is fsynced and then renamed into place in one atomic step. So a blob
 * either exists whole or not at all, whatever fails or crashes half-way, and a database row may refer
 * to it as soon as {@link #store} returns. Storing the same bytes twice keeps one copy.
 */
public final class BlobStore implements ContentStore {

    private static final Logger LOG = Logger.getLogger(BlobStore.class.getName());
    static final String TEMP_PREFIX = ".upload-";
    static final String TEMP_SUFFIX = ".tmp";
    private static final int BUFFER = 64 * 1024;
    static final String PARTIAL_DIR = ".partial";

    private final Path root;
    private final long maxBytes;
    /** This instance's temporary files: instances sharing the store delete only their own at start-up. */
    private final String tempPrefix;

    /**
     * @param root     the directory of the store, created if missing
     * @param maxBytes the largest content accepted; anything longer is refused and discarded
     */
    public BlobStore(Path root, long maxBytes) {
        this(root, maxBytes, NodeName.fileTag());
    }

    /** @param node the instance writing through this store ({@link NodeName#fileTag()}) */
    public BlobStore(Path root, long maxBytes, String node) {
        this.tempPrefix = TEMP_PREFIX + node + "-";
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The maximum blob size must be positive, not " + maxBytes);
        }
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the blob directory " + this.root, e);
        }
    }

    /**
     * Reads the stream to its end and stores it. The stream is not closed (its owner closes it).
     *
     * @throws BlobTooLargeException if the content exceeds the maximum size; nothing is kept
     * @throws IOException           if reading or writing fails; nothing is kept
     */
    public StoredBlob store(InputStream content) throws IOException {
        return store(content, (file, size) -> { });
    }

    /**
     * Like {@link #store(InputStream)}, but lets {@code check} look at the complete content before it enters
     * the store: if the check throws, the temporary file is deleted and the store is as before.
     */
    public StoredBlob store(InputStream content, ContentCheck check) throws IOException {
        Path temp = Files.createTempFile(root, tempPrefix, TEMP_SUFFIX);
        try {
            MessageDigest digest = Sha256.newDigest();
            long size = copyDurably(content, temp, digest);
            check.check(temp, size);
            String sha = Sha256.hex(digest.digest());
            Path target = pathOf(sha);
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                // Fresh mtime: an orphan sweep must not take a blob a new row is about to use again.
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                return new StoredBlob(sha, size, true);
            }
            Files.createDirectories(target.getParent());
            // REPLACE_EXISTING only matters if a damaged copy sat there (its size differed): same name, good bytes.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(target.getParent());
            return new StoredBlob(sha, size, false);
        } finally {
            deleteQuietly(temp);
        }
    }

    private long copyDurably(InputStream content, Path temp, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            for (int n = content.read(buffer); n != -1; n = content.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new BlobTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
        return size;
    }

    /**
     * Where a mission node fills a blob it pulls from headquarters ({@code .partial/<sha256>.part}): kept
     * across restarts so a cut download resumes where it stopped; in the store's file system, so
     * {@link #adoptVerified} is one rename. Neither the orphan sweep nor the start-up clean-up touches it.
     */
    public Path partialFile(String sha256) {
        pathOf(sha256); // refuses anything but a SHA-256
        return root.resolve(PARTIAL_DIR).resolve(sha256 + ".part");
    }

    /**
     * Moves a file whose SHA-256 the caller has verified to be {@code sha256} into the store, in one atomic
     * rename as {@link #store} does: readers see the blob whole or not at all.
     */
    public void adoptVerified(String sha256, Path verified) throws IOException {
        Path target = pathOf(sha256);
        Files.createDirectories(target.getParent());
        try (FileChannel channel = FileChannel.open(verified, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(verified, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target.getParent());
    }

    /** Bytes still free on the store's file system. */
    public long usableBytes() throws IOException {
        return Files.getFileStore(root).getUsableSpace();
    }

    /** Where a stored blob's bytes are, for readers that need a file (Tika's container detection, extraction). */
    public Path locate(String sha256) {
        return pathOf(sha256);
    }

    /** Opens a blob for reading. */
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    /** Opens a blob for positioned reads (HTTP Range downloads resume in the middle of a file). */
    public SeekableByteChannel openChannel(String sha256) throws IOException {
        return Files.newByteChannel(pathOf(sha256), StandardOpenOption.READ);
    }

    /**
     * Where a blob's file is, for readers that need random access to a file rather than a stream (PDFBox
     * parses a PDF from its end). Read it only: the store owns the file.
     */
    public Path file(String sha256) {
        return pathOf(sha256);
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    public long size(String sha256) throws IOException {
        return Files.size(pathOf(sha256));
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Deletes blobs no row refers to, and temporary files abandoned by a crash, once they are older than
     * {@code grace}. The grace period covers uploads whose blob is stored but whose row is not committed yet.
     */
    public SweepReport sweepOrphans(Set<String> referenced, Duration grace, Instant now) throws IOException {
        FileTime cutoff = FileTime.from(now.minus(grace));
        int blobs = 0;
        int temps = 0;
        long freed = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, 3)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            boolean temp = name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
            boolean orphan = Sha256.isHex(name) && file.equals(pathOf(name)) && !referenced.contains(name);
            if ((temp || orphan) && Files.getLastModifiedTime(file).compareTo(cutoff) < 0) {
                long size = Files.size(file);
                if (Files.deleteIfExists(file)) {
                    freed += size;
                    if (temp) {
                        temps++;
                    } else {
                        blobs++;
                    }
                }
            }
        }
        return new SweepReport(blobs, temps, freed);
    }

    /**
     * Deletes every temporary file of this instance, whatever its age: only safe when no upload of it can be
     * running, i.e. at its start-up. An upload cut off by a crash leaves nothing then. Other instances
     * sharing the store may be uploading: theirs stay (the daily sweep takes them once old).
     */
    public int deleteTemporaryFiles() throws IOException {
        List<Path> temps;
        try (Stream<Path> walk = Files.walk(root, 3)) {
            temps = walk.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(tempPrefix) && name.endsWith(TEMP_SUFFIX);
            }).toList();
        }
        int deleted = 0;
        for (Path temp : temps) {
            if (Files.deleteIfExists(temp)) {
                deleted++;
            }
        }
        return deleted;
    }

    /** Where a blob lives; refuses anything but a SHA-256, so no caller can reach outside the store. */
    Path pathOf(String sha256) {
        Sha256.requireHex(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public Path root() {
        return root;
    }

    /** Makes the rename itself durable; not every file system lets a directory be opened, hence best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "Cannot fsync directory " + dir, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The sweep removes it later; failing the upload for this would lose a good blob.
            LOG.log(Level.WARNING, "Cannot delete temporary file " + temp, e);
        }
    }
}
