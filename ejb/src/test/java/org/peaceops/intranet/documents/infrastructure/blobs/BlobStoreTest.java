package org.peaceops.intranet.documents.infrastructure.blobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.application.blobs.BlobTooLargeException;
import org.peaceops.intranet.documents.application.blobs.StoredBlob;
import org.peaceops.intranet.documents.application.blobs.SweepReport;
import org.peaceops.intranet.shared.Sha256;

/** The blob store on a real temporary directory. */
class BlobStoreTest {

    private static final long LIMIT = 1024 * 1024;

    @TempDir
    Path dir;

    private BlobStore store;

    @BeforeEach
    void newStore() {
        store = new BlobStore(dir.resolve("blobs"), LIMIT);
    }

    @Test
    void storesContentUnderItsSha256() throws Exception {
        byte[] content = "Standard operating procedure on handover notes".getBytes(StandardCharsets.UTF_8);

        StoredBlob blob = store.store(new ByteArrayInputStream(content));

        String sha = Sha256.hexOf(content);
        assertThat(blob.sha256()).isEqualTo(sha);
        assertThat(blob.size()).isEqualTo(content.length);
        assertThat(blob.alreadyPresent()).isFalse();
        assertThat(dir.resolve("blobs").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha)).isRegularFile();
        assertThat(store.exists(sha)).isTrue();
        assertThat(store.size(sha)).isEqualTo(content.length);
        try (InputStream in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(files()).hasSize(1);
    }

    @Test
    void storingTheSameContentTwiceKeepsOneCopy() throws Exception {
        byte[] content = bytes(200_000);

        StoredBlob first = store.store(new ByteArrayInputStream(content));
        StoredBlob second = store.store(new ByteArrayInputStream(content));

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.alreadyPresent()).isTrue();
        assertThat(files()).hasSize(1);
    }

    @Test
    void anEmptyFileIsABlobToo() throws Exception {
        StoredBlob blob = store.store(new ByteArrayInputStream(new byte[0]));

        assertThat(blob.size()).isZero();
        assertThat(blob.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void contentExactlyAtTheLimitIsAccepted() throws Exception {
        assertThat(store.store(new ByteArrayInputStream(bytes((int) LIMIT))).size()).isEqualTo(LIMIT);
    }

    @Test
    void contentOverTheLimitIsRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(bytes((int) LIMIT + 1))))
                .isInstanceOf(BlobTooLargeException.class)
                .hasMessage("The file is larger than the limit of 1 MB; nothing was stored.");

        assertThat(files()).isEmpty();
    }

    @Test
    void aStreamThatFailsHalfWayLeavesNoPartialBlob() {
        InputStream failing = new FailingStream(bytes(300_000), 150_000);

        assertThatThrownBy(() -> store.store(failing)).isInstanceOf(IOException.class).hasMessage("connection reset");

        assertThat(files()).as("no blob and no temporary file").isEmpty();
    }

    @Test
    void anInterruptedUploadLeavesNothing() {
        InputStream interrupting = new InputStream() {
            private int served;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served++ == 3) {
                    Thread.currentThread().interrupt();
                }
                return Math.min(len, 1000);
            }
        };
        try {
            assertThatThrownBy(() -> store.store(interrupting)).isInstanceOf(IOException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void contentRefusedByItsCheckIsNeverKept() throws Exception {
        byte[] content = "%PDF-1.7 pretending".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(content), (file, size) -> {
            assertThat(Files.readAllBytes(file)).isEqualTo(content);
            assertThat(size).isEqualTo(content.length);
            throw new IllegalStateException("not accepted");
        })).hasMessage("not accepted");

        assertThat(files()).as("no blob and no temporary file").isEmpty();
        assertThat(store.exists(Sha256.hexOf(content))).isFalse();
    }

    @Test
    void atStartUpEveryTemporaryFileOfThisInstanceGoesAndBlobsStay() throws Exception {
        BlobStore nodeA = new BlobStore(dir.resolve("blobs"), LIMIT, "node-a");
        StoredBlob kept = nodeA.store(new ByteArrayInputStream(bytes(10)));
        Path crashed = Files.createTempFile(dir.resolve("blobs"), BlobStore.TEMP_PREFIX + "node-a-", BlobStore.TEMP_SUFFIX);
        Files.write(crashed, bytes(500));
        // Another instance sharing the store is uploading this very moment: its file is not A's to take.
        Path othersUpload = Files.createTempFile(dir.resolve("blobs"), BlobStore.TEMP_PREFIX + "node-b-", BlobStore.TEMP_SUFFIX);

        assertThat(nodeA.deleteTemporaryFiles()).isEqualTo(1);

        assertThat(crashed).doesNotExist();
        assertThat(othersUpload).exists();
        assertThat(nodeA.exists(kept.sha256())).isTrue();
        assertThat(new BlobStore(dir.resolve("blobs"), LIMIT, "node-b").deleteTemporaryFiles()).isEqualTo(1);
        assertThat(othersUpload).doesNotExist();
    }

    @Test
    void onlySha256NamesAreAccepted() {
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists("ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open("0".repeat(64))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void theSweepDeletesOldOrphansOnly() throws Exception {
        StoredBlob kept = store.store(new ByteArrayInputStream(bytes(10)));
        StoredBlob oldOrphan = store.store(new ByteArrayInputStream(bytes(20)));
        StoredBlob youngOrphan = store.store(new ByteArrayInputStream(bytes(30)));
        Instant now = Instant.now();
        age(store.pathOf(kept.sha256()), now.minus(Duration.ofDays(10)));
        age(store.pathOf(oldOrphan.sha256()), now.minus(Duration.ofDays(10)));
        Path abandoned = Files.createFile(store.root().resolve(BlobStore.TEMP_PREFIX + "crash" + BlobStore.TEMP_SUFFIX));
        age(abandoned, now.minus(Duration.ofDays(2)));

        SweepReport report = store.sweepOrphans(Set.of(kept.sha256()), Duration.ofDays(1), now);

        assertThat(report.blobsDeleted()).isEqualTo(1);
        assertThat(report.tempFilesDeleted()).isEqualTo(1);
        assertThat(report.bytesFreed()).isEqualTo(20);
        assertThat(store.exists(kept.sha256())).isTrue();
        assertThat(store.exists(oldOrphan.sha256())).isFalse();
        assertThat(store.exists(youngOrphan.sha256())).as("within the grace period").isTrue();
        assertThat(abandoned).doesNotExist();
    }

    @Test
    void storingAgainRenewsAnOrphanSoTheSweepSparesIt() throws Exception {
        byte[] content = bytes(40);
        StoredBlob blob = store.store(new ByteArrayInputStream(content));
        Instant now = Instant.now();
        age(store.pathOf(blob.sha256()), now.minus(Duration.ofDays(10)));

        store.store(new ByteArrayInputStream(content));
        store.sweepOrphans(Set.of(), Duration.ofDays(1), now);

        assertThat(store.exists(blob.sha256())).isTrue();
    }

    @Test
    void aDamagedCopyIsReplacedByGoodBytes() throws Exception {
        byte[] content = bytes(5000);
        StoredBlob blob = store.store(new ByteArrayInputStream(content));
        Files.write(store.pathOf(blob.sha256()), new byte[10]);

        StoredBlob again = store.store(new ByteArrayInputStream(content));

        assertThat(again.alreadyPresent()).isFalse();
        assertThat(Files.readAllBytes(store.pathOf(blob.sha256()))).isEqualTo(content);
    }

    private static void age(Path file, Instant when) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + n);
        }
        return b;
    }

    /** Serves some bytes, then fails as a dropped connection would. */
    private static final class FailingStream extends InputStream {
        private final ByteArrayInputStream data;
        private int remaining;

        FailingStream(byte[] bytes, int failAfter) {
            this.data = new ByteArrayInputStream(bytes);
            this.remaining = failAfter;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                throw new IOException("connection reset");
            }
            int n = data.read(b, off, Math.min(len, remaining));
            remaining -= n;
            return n;
        }
    }
}
