package org.peaceops.intranet.documents.infrastructure.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.application.replica.WantedContent;
import org.peaceops.intranet.documents.infrastructure.replica.FilesChannelServer.Request;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;

/**
 * A round of the files channel against a real HTTP server on the loopback ({@link FilesChannelServer}:
 * headquarters' files by SHA-256, with Range, a token check, cuts and alterations on demand) into a real
 * blob store in a temporary directory.
 */
class ContentPullerTest {

    private static final String TOKEN = "node-token-for-this-test-only";

    @TempDir
    Path dir;

    private final FilesChannelServer headquarters = new FilesChannelServer("/intranet/api/v1/node/content/", TOKEN);
    private BlobStore blobs;
    private final AtomicLong clock = new AtomicLong();
    private volatile long usable = Long.MAX_VALUE / 2;

    private String pdf;
    private String scorm;

    @BeforeEach
    void serve() throws IOException {
        blobs = new BlobStore(dir.resolve("blobs"), 10_000_000, "test");
        pdf = headquarters.serve(random(300_000, 1));
        scorm = headquarters.serve(random(40_000, 2));
        headquarters.start();
    }

    private static byte[] random(int size, int seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @AfterEach
    void stop() {
        headquarters.close();
    }

    private ContentPuller puller(String token) {
        URI base = headquarters.base();
        ContentFetcher fetcher = new ContentFetcher(java.net.http.HttpClient.newHttpClient(),
                new TokenBucket(10_000_000, clock::get, clock::addAndGet), token);
        ContentPuller.Store store = new ContentPuller.Store() {
            @Override
            public boolean has(String sha256) {
                return blobs.exists(sha256);
            }

            @Override
            public Path partialFile(String sha256) {
                return blobs.partialFile(sha256);
            }

            @Override
            public void adoptVerified(String sha256, Path verified) throws IOException {
                blobs.adoptVerified(sha256, verified);
            }

            @Override
            public long usableBytes() {
                return usable;
            }
        };
        return new ContentPuller(fetcher, base, store, 1_000);
    }

    private List<WantedContent> wanted() {
        return List.of(new WantedContent(pdf, headquarters.served(pdf).length, WantedContent.Kind.GUIDANCE_IN_FORCE, Optional.of(Instant.now()), Instant.now()),
                new WantedContent(scorm, headquarters.served(scorm).length, WantedContent.Kind.TRAINING_PACKAGE, Optional.empty(), Instant.now()));
    }

    @Test
    void the_missing_files_arrive_whole_in_order_and_held_ones_are_not_asked_for() throws Exception {
        ContentPuller.Round round = puller(TOKEN).pull(wanted(), () -> true);

        assertThat(round.fetched()).isEqualTo(2);
        assertThat(round.bytes()).isEqualTo(340_000);
        assertThat(round.missingFiles()).isZero();
        assertThat(Files.readAllBytes(blobs.file(pdf))).isEqualTo(headquarters.served(pdf));
        assertThat(Files.readAllBytes(blobs.file(scorm))).isEqualTo(headquarters.served(scorm));
        assertThat(headquarters.requests()).containsExactly(new Request(pdf, null), new Request(scorm, null));
        assertThat(blobs.partialFile(pdf)).doesNotExist();

        headquarters.forgetRequests();
        ContentPuller.Round again = puller(TOKEN).pull(wanted(), () -> true);
        assertThat(again.fetched()).isZero();
        assertThat(headquarters.requests()).isEmpty();
    }

    @Test
    void a_file_cut_by_the_link_is_kept_aside_and_resumed_with_range_at_the_next_round() throws Exception {
        headquarters.cutNextAnswerAfter(120_000);
        ContentPuller.Round cut = puller(TOKEN).pull(wanted(), () -> true);

        assertThat(cut.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("headquarters unreachable"));
        assertThat(cut.fetched()).isZero();
        assertThat(cut.missingFiles()).isEqualTo(2);
        assertThat(blobs.exists(pdf)).isFalse();   // nothing half-written is ever readable
        long kept = Files.size(blobs.partialFile(pdf));
        assertThat(kept).isPositive().isLessThan(300_000);

        headquarters.start();   // the link returns
        ContentPuller.Round resumed = puller(TOKEN).pull(wanted(), () -> true);

        assertThat(resumed.fetched()).isEqualTo(2);
        assertThat(headquarters.requests()).contains(new Request(pdf, "bytes=" + kept + "-"));
        assertThat(Files.readAllBytes(blobs.file(pdf))).isEqualTo(headquarters.served(pdf));
    }

    @Test
    void an_altered_file_is_refused_and_fetched_again() throws Exception {
        headquarters.alterNextAnswers(1);
        ContentPuller.Round round = puller(TOKEN).pull(wanted(), () -> true);

        assertThat(round.tampered()).isEqualTo(1);
        assertThat(round.fetched()).isEqualTo(2);
        assertThat(Files.readAllBytes(blobs.file(pdf))).isEqualTo(headquarters.served(pdf));
        assertThat(headquarters.requests()).filteredOn(r -> r.sha256().equals(pdf)).hasSize(2);
    }

    @Test
    void a_file_altered_every_time_is_never_stored_and_the_others_still_arrive() throws Exception {
        headquarters.alterNextAnswers(2);
        ContentPuller.Round round = puller(TOKEN).pull(wanted(), () -> true);

        assertThat(round.tampered()).isEqualTo(2);
        assertThat(blobs.exists(pdf)).isFalse();
        assertThat(blobs.partialFile(pdf)).doesNotExist();
        assertThat(blobs.exists(scorm)).isTrue();
        assertThat(round.missingFiles()).isEqualTo(1);
    }

    @Test
    void a_full_disk_stops_the_round_before_a_file_and_pulling_resumes_once_there_is_room() throws Exception {
        usable = 200_000;   // the 300,000-byte file does not fit, with 1,000 bytes kept free
        ContentPuller.Round full = puller(TOKEN).pull(wanted(), () -> true);

        assertThat(full.diskFull()).isTrue();
        assertThat(full.fetched()).isZero();
        assertThat(full.missingFiles()).isEqualTo(2);
        assertThat(full.missingBytes()).isEqualTo(340_000);
        assertThat(headquarters.requests()).isEmpty();   // nothing crossed the link for a file that could not be kept

        usable = 10_000_000;
        ContentPuller.Round room = puller(TOKEN).pull(wanted(), () -> true);
        assertThat(room.diskFull()).isFalse();
        assertThat(room.fetched()).isEqualTo(2);
    }

    @Test
    void a_refused_credential_ends_the_round_with_a_reason() throws Exception {
        ContentPuller.Round round = puller("not-the-token").pull(wanted(), () -> true);

        assertThat(round.problem()).hasValueSatisfying(p -> assertThat(p).contains("credential").contains("401"));
        assertThat(round.fetched()).isZero();
        assertThat(headquarters.requests()).hasSize(1);
    }

    @Test
    void no_space_left_is_recognised_as_a_full_disk() {
        assertThat(ContentPuller.isDiskFull(new IOException("write", new java.nio.file.FileSystemException("/x", null, "No space left on device")))).isTrue();
        assertThat(ContentPuller.isDiskFull(new IOException("Connection reset"))).isFalse();
    }
}
