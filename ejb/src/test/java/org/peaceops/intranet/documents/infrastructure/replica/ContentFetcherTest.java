package org.peaceops.intranet.documents.infrastructure.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real HTTP server on the loopback ({@link FilesChannelServer}) that serves ranges, cuts a transfer, or alters bytes. */
class ContentFetcherTest {

    private static final byte[] CONTENT = new byte[200_000];

    static {
        new Random(24).nextBytes(CONTENT);
    }

    @TempDir
    Path dir;

    private FilesChannelServer headquarters;
    private String sha256;
    private final AtomicLong clock = new AtomicLong();
    private ContentFetcher fetcher;

    @BeforeEach
    void serve() throws IOException {
        headquarters = new FilesChannelServer("/content/", null);
        sha256 = headquarters.serve(CONTENT);
        headquarters.start();
        fetcher = new ContentFetcher(new TokenBucket(64_000, clock::get, clock::addAndGet));
    }

    @AfterEach
    void stop() {
        headquarters.close();
    }

    /** The content's address at headquarters, on the port it listens on now. */
    private URI source() {
        return headquarters.base().resolve(sha256);
    }

    @Test
    void a_whole_file_arrives_verified_within_the_cap() throws Exception {
        Path partial = fetcher.fetch(source(), sha256, dir.resolve("in/partial"));

        assertThat(Files.readAllBytes(partial)).isEqualTo(CONTENT);
        // 200,000 bytes at 64,000 bytes/s: about three seconds of the bucket's clock.
        assertThat(clock.get()).isBetween(2_900_000_000L, 3_300_000_000L);
    }

    @Test
    void a_cut_leaves_the_bytes_received_and_the_next_attempt_asks_only_for_the_rest() throws Exception {
        Path partial = dir.resolve("in/partial");
        headquarters.cutNextAnswerAfter(50_000);
        assertThatThrownBy(() -> fetcher.fetch(source(), sha256, partial)).isInstanceOf(IOException.class);
        long kept = Files.size(partial);
        assertThat(kept).isPositive().isLessThan(CONTENT.length);

        headquarters.start();   // the link returns (a new server on another port)
        fetcher.fetch(source(), sha256, partial);

        assertThat(Files.readAllBytes(partial)).isEqualTo(CONTENT);
        assertThat(headquarters.requests()).last().isEqualTo(new FilesChannelServer.Request(sha256, "bytes=" + kept + "-"));
    }

    @Test
    void an_altered_file_is_refused_and_nothing_of_it_is_kept() {
        headquarters.alterNextAnswers(1);
        Path partial = dir.resolve("in/partial");

        assertThatThrownBy(() -> fetcher.fetch(source(), sha256, partial))
                .isInstanceOf(ContentFetcher.ContentMismatch.class).hasMessageContaining(sha256);
        assertThat(partial).doesNotExist();
    }

    @Test
    void an_announced_file_is_asked_for_with_the_credential_and_kept_only_as_announced() throws Exception {
        try (FilesChannelServer guarded = new FilesChannelServer("/text/", "node-token").start()) {
            String announced = guarded.serve(CONTENT);
            URI text = guarded.base().resolve(announced);
            ContentFetcher withToken = new ContentFetcher(new TokenBucket(64_000, clock::get, clock::addAndGet), "node-token");

            assertThat(withToken.fetchAnnounced(text, dir.resolve("text/whole"))).isEqualTo(announced);
            assertThat(Files.readAllBytes(dir.resolve("text/whole"))).isEqualTo(CONTENT);
            assertThatThrownBy(() -> fetcher.fetchAnnounced(text, dir.resolve("text/anonymous")))
                    .isInstanceOfSatisfying(ContentFetcher.Unanswered.class, e -> assertThat(e.status()).isEqualTo(401));

            guarded.alterNextAnswers(1);
            assertThatThrownBy(() -> withToken.fetchAnnounced(text, dir.resolve("text/altered")))
                    .isInstanceOf(ContentFetcher.ContentMismatch.class);
            assertThat(dir.resolve("text/altered")).doesNotExist();
        }
    }

    /**
     * A headquarters that stops sending without closing (it vanished while the link was down): the read would
     * wait for ever; the fetch gives up once nothing came for the idle limit, and keeps what arrived.
     */
    @Test
    void a_transfer_on_which_nothing_arrives_is_given_up_and_its_partial_file_kept() throws Exception {
        com.sun.net.httpserver.HttpServer silent = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        silent.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, CONTENT.length);
            exchange.getResponseBody().write(CONTENT, 0, 10_000);
            exchange.getResponseBody().flush();
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        silent.start();
        try {
            ContentFetcher impatient = new ContentFetcher(ContentFetcher.newClient(),
                    new TokenBucket(64_000, clock::get, clock::addAndGet), null, java.time.Duration.ofSeconds(1));
            Path partial = dir.resolve("in/partial");
            long started = System.nanoTime();

            assertThatThrownBy(() -> impatient.fetch(URI.create("http://127.0.0.1:" + silent.getAddress().getPort() + "/" + sha256), sha256, partial))
                    .isInstanceOf(IOException.class).hasMessageContaining("Nothing received for 1 s");

            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(10));
            assertThat(Files.readAllBytes(partial)).isEqualTo(java.util.Arrays.copyOf(CONTENT, 10_000));
        } finally {
            release.countDown();
            silent.stop(0);
        }
    }

    @Test
    void the_files_channel_speaks_http_1_1_so_a_slow_reader_slows_the_sender() {
        // Over HTTP/2 the client would take megabytes ahead of the bucket, and the cap would not hold on the link.
        assertThat(ContentFetcher.newClient().version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
    }
}
