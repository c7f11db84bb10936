package org.peaceops.intranet.documents.infrastructure.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.shared.Sha256;

/** Against a real HTTP server on the loopback that serves ranges, cuts a transfer, or alters bytes. */
class ContentFetcherTest {

    private static final byte[] CONTENT = new byte[200_000];

    static {
        new Random(24).nextBytes(CONTENT);
    }

    @TempDir
    Path dir;

    private HttpServer server;
    private URI source;
    private String sha256;
    /** Bytes of the next answer after which the connection is dropped (-1: none). */
    private volatile int cutAfter = -1;
    private volatile boolean tamper;
    private final List<String> ranges = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private ContentFetcher fetcher;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/content/", this::answer);
        server.start();
        Path whole = Files.write(dir.resolve("whole"), CONTENT);
        sha256 = Sha256.hexOf(whole);
        source = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/content/" + sha256);
        fetcher = new ContentFetcher(new TokenBucket(64_000, clock::get, clock::addAndGet));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        synchronized (ranges) {
            ranges.add(String.valueOf(range));
        }
        int from = range == null ? 0 : Integer.parseInt(range.substring("bytes=".length(), range.indexOf('-')));
        byte[] body = Arrays.copyOfRange(CONTENT, from, CONTENT.length);
        if (tamper) {
            body[body.length / 2] ^= 1;
        }
        if (range != null) {
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (CONTENT.length - 1) + "/" + CONTENT.length);
        }
        exchange.sendResponseHeaders(range == null ? 200 : 206, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            int cut = cutAfter;
            cutAfter = -1;
            out.write(body, 0, cut < 0 ? body.length : cut);
            if (cut >= 0) {
                out.flush();
                exchange.getHttpContext().getServer().stop(0);   // the link goes down mid-file
            }
        }
    }

    @Test
    void a_whole_file_arrives_verified_within_the_cap() throws Exception {
        Path partial = fetcher.fetch(source, sha256, dir.resolve("in/partial"));

        assertThat(Files.readAllBytes(partial)).isEqualTo(CONTENT);
        // 200,000 bytes at 64,000 bytes/s: about three seconds of the bucket's clock.
        assertThat(clock.get()).isBetween(2_900_000_000L, 3_300_000_000L);
    }

    @Test
    void a_cut_leaves_the_bytes_received_and_the_next_attempt_asks_only_for_the_rest() throws Exception {
        Path partial = dir.resolve("in/partial");
        cutAfter = 50_000;
        assertThatThrownBy(() -> fetcher.fetch(source, sha256, partial)).isInstanceOf(IOException.class);
        long kept = Files.size(partial);
        assertThat(kept).isPositive().isLessThan(CONTENT.length);

        serve();   // the link returns (a new server on another port)
        fetcher.fetch(source, sha256, partial);

        assertThat(Files.readAllBytes(partial)).isEqualTo(CONTENT);
        assertThat(ranges).last().isEqualTo("bytes=" + kept + "-");
    }

    @Test
    void an_altered_file_is_refused_and_nothing_of_it_is_kept() {
        tamper = true;
        Path partial = dir.resolve("in/partial");

        assertThatThrownBy(() -> fetcher.fetch(source, sha256, partial))
                .isInstanceOf(ContentFetcher.ContentMismatch.class).hasMessageContaining(sha256);
        assertThat(partial).doesNotExist();
    }
}
