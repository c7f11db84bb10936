package org.peaceops.intranet.documents.infrastructure.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.peaceops.intranet.shared.Sha256;

/**
 * Pulls one content-addressed file from headquarters into a partial file, resuming with {@code Range}
 * where an earlier attempt was cut, within the node's {@link TokenBucket}, and hands it over only once
 * its SHA-256 is the one asked for: a cut leaves the partial file for the next attempt; a file whose hash
 * differs (tampered on the way, or a wrong answer) is deleted and refused, never used.
 */
public final class ContentFetcher {

    private static final Logger LOG = Logger.getLogger(ContentFetcher.class.getName());
    private static final int CHUNK = 8192;
    /** How long a transfer may receive nothing before it is given up (its partial file kept for the next round). */
    static final Duration IDLE_LIMIT = Duration.ofSeconds(60);
    /**
     * Watches transfers for silence. HttpClient's timeout covers the wait for the answer's headers only: a
     * headquarters that vanished while the link was down (restarted, or its machine off) leaves a connection
     * on which nothing ever arrives and nothing ends the read. One daemon thread for every transfer.
     */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "intranet-files-channel-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    /** The header in which headquarters announces the SHA-256 of a derived file it sends. */
    public static final String ANNOUNCED_SHA256 = "X-Content-SHA256";

    /** The file arrived whole but is not the content asked for. */
    public static final class ContentMismatch extends IOException {
        private static final long serialVersionUID = 1L;

        ContentMismatch(String message) {
            super(message);
        }
    }

    /** Headquarters answered with something other than the file (a refused credential, a file it does not have). */
    public static final class Unanswered extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Unanswered(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final HttpClient http;
    private final TokenBucket bucket;
    /** The node's credential, sent as {@code Authorization: Bearer}; null sends none. */
    private final String token;
    private final Duration idleLimit;

    public ContentFetcher(TokenBucket bucket) {
        this(bucket, null);
    }

    /** @param token the node's credential ({@code intranet.node.token}), sent with every request */
    public ContentFetcher(TokenBucket bucket, String token) {
        this(newClient(), bucket, token);
    }

    /**
     * HTTP/1.1 only. Over HTTP/2 (which HttpClient tries first, and Payara accepts) the client grants the
     * server a flow-control window of megabytes and keeps what arrives in memory: headquarters then sends a
     * file at the link's full speed however slowly the bucket lets it be read, and the cap does not hold on
     * the link. Over HTTP/1.1 a slow reader stops the sender through TCP itself (seen in the test command's
     * mission node stage: the link's byte counter against the partial file's growth).
     */
    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(20)).build();
    }

    ContentFetcher(HttpClient http, TokenBucket bucket) {
        this(http, bucket, null);
    }

    ContentFetcher(HttpClient http, TokenBucket bucket, String token) {
        this(http, bucket, token, IDLE_LIMIT);
    }

    ContentFetcher(HttpClient http, TokenBucket bucket, String token, Duration idleLimit) {
        this.http = http;
        this.bucket = bucket;
        this.token = token;
        this.idleLimit = idleLimit;
    }

    /**
     * @param source  where headquarters serves the content (its address names the SHA-256)
     * @param sha256  the content's SHA-256, hex
     * @param partial the file being filled; resumed when it exists
     * @return {@code partial}, now complete and verified
     */
    public Path fetch(URI source, String sha256, Path partial) throws IOException, InterruptedException {
        long have = Files.exists(partial) ? Files.size(partial) : 0;
        HttpRequest.Builder request = get(source);
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status == 416 && have > 0) {
                LOG.fine(() -> sha256 + ": already whole here, verifying");
            } else if (status == 206 || status == 200) {
                // 200 to a range request: the server sends the whole file again, so start over.
                boolean append = status == 206;
                copy(body, partial, append);
            } else {
                throw new Unanswered(status, "Headquarters answered " + status + " for " + sha256);
            }
        }
        String actual = Sha256.hexOf(partial);
        if (!actual.equalsIgnoreCase(sha256)) {
            Files.deleteIfExists(partial);
            LOG.warning(() -> "Refused " + source + ": its SHA-256 is " + actual + ", not " + sha256 + " (fetched again later)");
            throw new ContentMismatch("SHA-256 " + actual + " instead of " + sha256);
        }
        return partial;
    }

    /**
     * Pulls a small derived file whose name is not its hash (an extracted text is named by its content's
     * SHA-256): headquarters announces the SHA-256 of what it sends in {@value #ANNOUNCED_SHA256}, and the
     * file is kept only if what arrived has it. Whole each time, no resume: such files are small. This
     * catches a cut or a corruption on the way; headquarters' TLS is what stops a forger on the link, who
     * could alter the announcement too (blobs, the authoritative files, are checked against the replicated row).
     *
     * @return the verified file's SHA-256
     */
    public String fetchAnnounced(URI source, Path partial) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(get(source).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new Unanswered(response.statusCode(), "Headquarters answered " + response.statusCode() + " for " + source);
            }
            copy(body, partial, false);
        }
        String announced = response.headers().firstValue(ANNOUNCED_SHA256).orElse("");
        String actual = Sha256.hexOf(partial);
        if (!actual.equalsIgnoreCase(announced)) {
            Files.deleteIfExists(partial);
            LOG.warning(() -> "Refused " + source + ": its SHA-256 is " + actual + ", headquarters announced " + announced);
            throw new ContentMismatch("SHA-256 " + actual + " instead of the announced " + announced);
        }
        return actual;
    }

    /** A GET of {@code source} that presents the node's credential, when it has one. */
    private HttpRequest.Builder get(URI source) {
        HttpRequest.Builder request = HttpRequest.newBuilder(source).timeout(Duration.ofMinutes(10)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private void copy(InputStream body, Path partial, boolean append) throws IOException, InterruptedException {
        Files.createDirectories(partial.toAbsolutePath().getParent());
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        AtomicBoolean silent = new AtomicBoolean();
        long check = Math.max(100, idleLimit.toMillis() / 4);
        ScheduledFuture<?> watch = WATCHDOG.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() - lastProgress.get() > idleLimit.toNanos() && !silent.getAndSet(true)) {
                closeQuietly(body);   // ends the blocked read
            }
        }, check, check, TimeUnit.MILLISECONDS);
        try (OutputStream out = append
                ? Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(partial)) {
            byte[] buffer = new byte[CHUNK];
            while (true) {
                int n = readOrSilence(body, buffer, silent);
                if (n < 0) {
                    return;
                }
                // Charged as received: the reads that follow wait until the average is back under the cap.
                bucket.acquire(n);
                out.write(buffer, 0, n);
                lastProgress.set(System.nanoTime());
            }
        } finally {
            watch.cancel(false);
        }
    }

    /** A read; after the watchdog closed the stream, whatever the read answered, the transfer was silent. */
    private int readOrSilence(InputStream body, byte[] buffer, AtomicBoolean silent) throws IOException {
        int n;
        try {
            n = body.read(buffer);
        } catch (IOException e) {
            if (silent.get()) {
                throw silence(e);
            }
            throw e;
        }
        if (silent.get()) {
            throw silence(null);
        }
        return n;
    }

    private IOException silence(IOException cause) {
        return new IOException("Nothing received for " + idleLimit.toSeconds() + " s: the transfer is given up, its partial file kept", cause);
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            LOG.fine(() -> "Closing a silent transfer: " + e);
        }
    }
}
