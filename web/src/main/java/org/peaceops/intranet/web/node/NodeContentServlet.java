package org.peaceops.intranet.web.node;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peaceops.intranet.documents.application.replica.NodeContentService;
import org.peaceops.intranet.documents.application.replica.ReplicaFiles;
import org.peaceops.intranet.shared.Sha256;
import org.peaceops.intranet.web.api.ApiErrorPageFilter;
import org.peaceops.intranet.web.library.ByteRange;
import org.peaceops.intranet.web.library.FileStreaming;

/**
 * {@code GET /api/v1/node/content/<sha256>} (the file) and {@code .../<sha256>/text} (its extracted text,
 * gzip'ed as stored, its own SHA-256 announced in {@code X-Content-SHA256}): what a mission node pulls from
 * headquarters. Only with a node credential ({@code Authorization: Bearer <intranet.node.token>}), checked
 * here: the container lets the path through without a sign-in (web.xml), and the sign-in mechanism leaves
 * it alone. Anything else is 401 with the API's JSON, logged and audited. Streamed from the file, never
 * whole in memory; one {@code Range} answered 206, so a node resumes a file cut by its link.
 */
@WebServlet(NodeContentServlet.PATH + "/*")
public class NodeContentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/api/v1/node/content";
    private static final Pattern ADDRESS = Pattern.compile("/([0-9a-f]{64})(/text)?");

    @Inject
    NodeContentService service;

    @Inject
    ReplicaFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = String.valueOf(request.getPathInfo());
        Optional<String> mission = service.authenticate(request.getHeader("Authorization"), request.getRemoteAddr(), address);
        if (mission.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"intranet-node\"");
            json(response, HttpServletResponse.SC_UNAUTHORIZED, "node.unauthorized",
                    "Send this mission node's credential: Authorization: Bearer <intranet.node.token>.");
            return;
        }
        Matcher matcher = ADDRESS.matcher(address);
        ReplicaFiles.Kind kind = matcher.matches() && matcher.group(2) != null ? ReplicaFiles.Kind.TEXT : ReplicaFiles.Kind.BLOB;
        Optional<Path> file = matcher.matches() ? files.file(kind, matcher.group(1)) : Optional.empty();
        if (file.isEmpty()) {
            service.sent(mission.get(), 0, false);
            json(response, HttpServletResponse.SC_NOT_FOUND, "api.notFound", "No such content here.");
            return;
        }
        send(request, response, mission.get(), matcher.group(1), kind, file.get());
    }

    private void send(HttpServletRequest request, HttpServletResponse response, String mission, String sha256,
            ReplicaFiles.Kind kind, Path file) throws IOException {
        long size = Files.size(file);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(kind == ReplicaFiles.Kind.TEXT ? "application/gzip" : "application/octet-stream");
        if (kind == ReplicaFiles.Kind.TEXT) {
            // A text's name is its content's hash, not its own: the node checks what arrives against this.
            response.setHeader("X-Content-SHA256", Sha256.hexOf(file));
        } else {
            response.setHeader("ETag", "\"" + sha256 + "\"");
        }
        Optional<ByteRange> range = ByteRange.parse(request.getHeader("Range"), size);
        range.ifPresent(asked -> asked.writeTo(response, size));
        if (range.isPresent() && !range.get().isSatisfiable()) {
            service.sent(mission, 0, false);
            return;
        }
        long first = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(size);
        response.setContentLengthLong(length);
        long[] sent = {0};
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ); OutputStream out = response.getOutputStream()) {
            FileStreaming.copy(in.position(first), Channels.newChannel(out), length, n -> sent[0] += n);
        } finally {
            // Counted as sent to the node whatever happened: a cut link still carried these bytes.
            service.sent(mission, sent[0], sent[0] == length && first + length == size);
        }
    }

    private static void json(HttpServletResponse response, int status, String key, String message) throws IOException {
        response.setStatus(status);
        ApiErrorPageFilter.writeError(response, key, message);
    }
}
