package org.peaceops.intranet.documents.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Instance;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.documents.application.blobs.ContentStore;
import org.peaceops.intranet.documents.application.blobs.StoredBlob;
import org.peaceops.intranet.documents.application.blobs.SweepReport;
import org.peaceops.intranet.shared.BlobReferences;

/** The sweep keeps every blob any context still refers to, and knows none of those contexts. */
class OrphanBlobSweepTest {

    private final Set<String> kept = new HashSet<>();

    @Test
    void theBlobsOfEveryReferringContextAreKept() {
        OrphanBlobSweep sweep = new OrphanBlobSweep();
        sweep.blobs = new RecordingStore();
        sweep.referrers = instance(() -> Set.of("a".repeat(64)), () -> Set.of("b".repeat(64), "a".repeat(64)));

        sweep.claims = (job, period) -> true;
        sweep.daily();

        assertThat(kept).containsExactlyInAnyOrder("a".repeat(64), "b".repeat(64));
    }

    @Test
    void withNoReferenceAtAllNothingIsKept() {
        OrphanBlobSweep sweep = new OrphanBlobSweep();
        sweep.blobs = new RecordingStore();
        sweep.referrers = instance(Set::of);

        sweep.claims = (job, period) -> true;
        sweep.daily();

        assertThat(kept).isEmpty();
    }

    @Test
    void aNightAnotherInstanceClaimedIsNotSweptAgain() {
        OrphanBlobSweep sweep = new OrphanBlobSweep();
        sweep.blobs = new RecordingStore();
        sweep.referrers = instance(() -> Set.of("a".repeat(64)));
        java.util.List<String> asked = new java.util.ArrayList<>();
        sweep.claims = (job, period) -> asked.add(job + " " + period) && false;

        sweep.daily();

        assertThat(asked).containsExactly("blob-sweep " + java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(kept).as("the store was not swept").isEmpty();
    }

    /** The CDI instance of these referrers: the sweep only iterates it. */
    @SuppressWarnings("unchecked")
    private static Instance<BlobReferences> instance(BlobReferences... referrers) {
        List<BlobReferences> all = List.of(referrers);
        return (Instance<BlobReferences>) Proxy.newProxyInstance(OrphanBlobSweepTest.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "iterator" -> all.iterator();
                    case "stream" -> all.stream();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private final class RecordingStore implements ContentStore {

        @Override
        public SweepReport sweepOrphans(Set<String> referenced, Duration grace, Instant now) {
            kept.addAll(referenced);
            return new SweepReport(0, 0, 0);
        }

        @Override
        public StoredBlob store(InputStream content, ContentCheck check) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path locate(String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Path file(String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeekableByteChannel openChannel(String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean exists(String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long maxBytes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int deleteTemporaryFiles() {
            throw new UnsupportedOperationException();
        }
    }
}
