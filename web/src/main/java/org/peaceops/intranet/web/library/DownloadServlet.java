package org.peaceops.intranet.web.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peaceops.intranet.documents.application.DownloadableFile;
import org.peaceops.intranet.documents.application.GuidanceDownloads;
import org.peaceops.intranet.documents.application.GuidanceNotFoundException;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * {@code /library/download?id=..&version=..}: a version's file, streamed, resumable over slow field
 * links (single-range {@code Range} requests answered 206), with ETag (the content's SHA-256) and
 * Last-Modified so that caches and mission replicas can revalidate cheaply, and a safe file name.
 * Every answer that sends bytes is recorded as a download, whatever its range: the service records it
 * once per person, version and ETag, so resuming does not count twice and no range escapes the audit.
 */
@WebServlet("/library/download")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int BUFFER = 64 * 1024;

    @Inject
    GuidanceDownloads downloads;

    @Inject
    CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<long[]> ids = ids(request);
        if (ids.isEmpty() || user.caller().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String rangeHeader = request.getHeader("Range");
        Caller actor = user.caller().get();
        DownloadableFile file;
        try {
            file = downloads.prepare(actor, ids.get()[0], (int) ids.get()[1]);
        } catch (GuidanceNotFoundException | jakarta.ejb.EJBException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + file.getSha256() + "\"";
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", file.getLastModified().toEpochMilli());
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "private, no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.getMediaType() == null ? "application/octet-stream" : file.getMediaType());
        response.setHeader("Content-Disposition", contentDisposition(file.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        Optional<ByteRange> range = ByteRange.parse(rangeHeader, file.getSize());
        if (range.isPresent() && !range.get().isSatisfiable()) {
            response.setHeader("Content-Range", "bytes */" + file.getSize());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        downloads.recordDownload(actor, file);
        long first = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(file.getSize());
        if (range.isPresent()) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + first + "-" + (first + length - 1) + "/" + file.getSize());
        }
        response.setContentLengthLong(length);
        try (SeekableByteChannel in = downloads.open(file); OutputStream out = response.getOutputStream()) {
            copy(in.position(first), Channels.newChannel(out), length);
        }
    }

    private static void copy(SeekableByteChannel in, WritableByteChannel out, long length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        long left = length;
        while (left > 0) {
            buffer.clear().limit((int) Math.min(BUFFER, left));
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            left -= read;
        }
    }

    private static Optional<long[]> ids(HttpServletRequest request) {
        try {
            return Optional.of(new long[] {Long.parseLong(request.getParameter("id")),
                    Integer.parseInt(request.getParameter("version"))});
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** An ASCII fallback plus the exact UTF-8 name (RFC 6266); nothing from the name can break the header. */
    static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName;
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
