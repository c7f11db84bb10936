package org.peaceops.intranet.documents.infrastructure.replica;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.peaceops.intranet.shared.Sha256;

/**
 * Headquarters' side of the files channel, for the node's tests: a real JDK HTTP server on the loopback
 * serving content by SHA-256 under one path (announced in {@value ContentFetcher#ANNOUNCED_SHA256} too), a
 * {@code Range: bytes=N-} answered 206, and on demand a link that goes down part-way through a file, a byte
 * altered on the way, or a credential refused with 401.
 */
final class FilesChannelServer implements AutoCloseable {

    /** One request as it arrived: the SHA-256 asked for and its {@code Range} header (null: none). */
    record Request(String sha256, String range) {
    }

    private final String path;
    private final String token;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private volatile HttpServer server;
    /** Bytes of the next answer after which the link goes down (-1: none). */
    private volatile int cutAfter = -1;
    /** Answers left that alter a byte. */
    private volatile int alter;

    /**
     * @param path  where the content is served, ending in {@code /}: the SHA-256 follows
     * @param token the credential expected as {@code Authorization: Bearer}; null accepts any request
     */
    FilesChannelServer(String path, String token) {
        this.path = path;
        this.token = token;
    }

    /** Serves {@code content} from now on: its SHA-256. */
    String serve(byte[] content) {
        String sha256 = Sha256.hexOf(content);
        served.put(sha256, content);
        return sha256;
    }

    byte[] served(String sha256) {
        return served.get(sha256);
    }

    /** Starts listening on a free port; again after a cut, the link returns on another one. */
    FilesChannelServer start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, this::answer);
        server.start();
        return this;
    }

    /** Where the content is served now, ending in {@code /}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The next answer sends this many bytes, then the link goes down (the server stops). */
    void cutNextAnswerAfter(int bytes) {
        cutAfter = bytes;
    }

    /** The next {@code answers} answers arrive with one byte altered. */
    void alterNextAnswers(int answers) {
        alter = answers;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    void forgetRequests() {
        synchronized (requests) {
            requests.clear();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String sha256 = exchange.getRequestURI().getPath().substring(path.length());
        String range = exchange.getRequestHeaders().getFirst("Range");
        synchronized (requests) {
            requests.add(new Request(sha256, range));
        }
        if (token != null && !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            refuse(exchange, 401);
            return;
        }
        byte[] content = served.get(sha256);
        if (content == null) {
            refuse(exchange, 404);
            return;
        }
        int from = range == null ? 0 : Integer.parseInt(range.substring("bytes=".length(), range.indexOf('-')));
        byte[] body = Arrays.copyOfRange(content, from, content.length);
        if (alter > 0) {
            alter--;
            body[body.length / 2] ^= 1;
        }
        // As headquarters does for a derived file: the SHA-256 of the content, whatever reaches the node.
        exchange.getResponseHeaders().add(ContentFetcher.ANNOUNCED_SHA256, sha256);
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
                exchange.getHttpContext().getServer().stop(0);   // the link goes down mid-file
            }
        }
    }

    private static void refuse(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
