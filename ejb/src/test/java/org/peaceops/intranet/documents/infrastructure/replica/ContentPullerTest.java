package org.peaceops.intranet.documents.infrastructure.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.application.replica.WantedContent;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;
import org.peaceops.intranet.shared.Sha256;

/**
 * A round of the files channel against a real HTTP server on the loopback (headquarters' files by SHA-256,
 * with Range, a token check, cuts and alterations on demand) into a real blob store in a temporary directory.
 */
class ContentPullerTest {

    private static final String TOKEN = "node-token-for-this-test-only";

    @TempDir
    Path dir;

    private final Map<String, byte[]> served = new LinkedHashMap<>();
    private final List<String> requests = new ArrayList<>();
    private HttpServer server;
    private BlobStore blobs;
    private final AtomicLong clock = new AtomicLong();
    /** Bytes of the next answer after which the link goes down (-1: none). */
    private volatile int cutAfter = -1;
    /** Answers left that alter a byte. */
    private volatile int tamper;
    private volatile long usable = Long.MAX_VALUE / 2;

    private String pdf;
    private String scorm;

    @BeforeEach
    void serve() throws IOException {
        blobs = new BlobStore(dir.resolve("blobs"), 10_000_000, "test");
        pdf = add(300_000, 1);
        scorm = add(40_000, 2);
        start();
    }

    private String add(int size, int seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        String sha = Sha256.hexOf(Files.write(dir.resolve("src-" + seed), bytes));
        served.put(sha, bytes);
        return sha;
    }

    private void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/intranet/api/v1/node/content/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String sha = exchange.getRequestURI().getPath().substring("/intranet/api/v1/node/content/".length());
        String range = exchange.getRequestHeaders().getFirst("Range");
        synchronized (requests) {
            requests.add(sha.substring(0, 8) + " " + range);
        }
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        byte[] content = served.get(sha);
        if (content == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        int from = range == null ? 0 : Integer.parseInt(range.substring("bytes=".length(), range.indexOf('-')));
        byte[] body = Arrays.copyOfRange(content, from, content.length);
        if (tamper > 0) {
            tamper--;
            body[body.length / 3] ^= 0x20;
        }
        if (range != null) {
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
        }
        exchange.sendResponseHeaders(range == null ? 200 : 206, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            int cut = cutAfter;
            cutAfter = -1;
            out.write(body, 0, cut < 0 ? body.length : cut);
            if (cut >= 0) {
                out.flush();
                server.stop(0);   // the link goes down mid-file
            }
        }
    }

    private ContentPuller puller(String token) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/intranet/api/v1/node/content/");
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
        return List.of(new WantedContent(pdf, served.get(pdf).length, WantedContent.Kind.GUIDANCE_IN_FORCE, Optional.of(Instant.now()), Instant.now()),
                new WantedContent(scorm, served.get(scorm).length, WantedContent.Kind.TRAINING_PACKAGE, Optional.empty(), Instant.now()));
    }

    @Test
    void the_missing_files_arrive_whole_in_order_and_held_ones_are_not_asked_for() throws Exception {
        ContentPuller.Round round = puller(TOKEN).pull(wanted(), () -> true);

        assertThat(round.fetched()).isEqualTo(2);
        assertThat(round.bytes()).isEqualTo(340_000);
        assertThat(round.missingFiles()).isZero();
        assertThat(Files.readAllBytes(blobs.file(pdf))).isEqualTo(served.get(pdf));
        assertThat(Files.readAllBytes(blobs.file(scorm))).isEqualTo(served.get(scorm));
        assertThat(requests).containsExactly(pdf.substring(0, 8) + " null", scorm.substring(0, 8) + " null");
        assertThat(blobs.partialFile(pdf)).doesNotExist();

        requests.clear();
        ContentPuller.Round again = puller(TOKEN).pull(wanted(), () -> true);
        assertThat(again.fetched()).isZero();
        assertThat(requests).isEmpty();
    }

    @Test
    void a_file_cut_by_the_link_is_kept_aside_and_resumed_with_range_at_the_next_round() throws Exception {
        cutAfter = 120_000;
        ContentPuller.Round cut = puller(TOKEN).pull(wanted(), () -> true);

        assertThat(cut.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("headquarters unreachable"));
        assertThat(cut.fetched()).isZero();
        assertThat(cut.missingFiles()).isEqualTo(2);
        assertThat(blobs.exists(pdf)).isFalse();   // nothing half-written is ever readable
        long kept = Files.size(blobs.partialFile(pdf));
        assertThat(kept).isPositive().isLessThan(300_000);

        start();   // the link returns
        ContentPuller.Round resumed = puller(TOKEN).pull(wanted(), () -> true);

        assertThat(resumed.fetched()).isEqualTo(2);
        assertThat(requests).contains(pdf.substring(0, 8) + " bytes=" + kept + "-");
        assertThat(Files.readAllBytes(blobs.file(pdf))).isEqualTo(served.get(pdf));
    }

    @Test
    void an_altered_file_is_refused_and_fetched_again() throws Exception {
        tamper = 1;
        ContentPuller.Round round = puller(TOKEN).pull(wanted(), () -> true);

        assertThat(round.tampered()).isEqualTo(1);
        assertThat(round.fetched()).isEqualTo(2);
        assertThat(Files.readAllBytes(blobs.file(pdf))).isEqualTo(served.get(pdf));
        assertThat(requests).filteredOn(r -> r.startsWith(pdf.substring(0, 8))).hasSize(2);
    }

    @Test
    void a_file_altered_every_time_is_never_stored_and_the_others_still_arrive() throws Exception {
        tamper = 2;
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
        assertThat(requests).isEmpty();   // nothing crossed the link for a file that could not be kept

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
        assertThat(requests).hasSize(1);
    }

    @Test
    void no_space_left_is_recognised_as_a_full_disk() {
        assertThat(ContentPuller.isDiskFull(new IOException("write", new java.nio.file.FileSystemException("/x", null, "No space left on device")))).isTrue();
        assertThat(ContentPuller.isDiskFull(new IOException("Connection reset"))).isFalse();
    }
}
