package org.peaceops.intranet.web.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.Optional;
import org.peaceops.intranet.documents.application.DownloadableFile;
import org.peaceops.intranet.documents.application.GuidanceDownloads;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.HttpRefusals;

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
        DownloadableFile[] prepared = new DownloadableFile[1];
        // Not allowed and not there are answered alike: a link tells nobody what exists.
        if (HttpRefusals.attempt(() -> prepared[0] = downloads.prepare(actor, ids.get()[0], (int) ids.get()[1])).isPresent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DownloadableFile file = prepared[0];
        String etag = FileStreaming.entityTag(file);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", file.getLastModified().toEpochMilli());
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "private, no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(FileStreaming.mediaType(file));
        response.setHeader("Content-Disposition", FileStreaming.contentDisposition(file.getFileName(), "download"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        Optional<ByteRange> range = ByteRange.parse(rangeHeader, file.getSize());
        if (range.isPresent() && !range.get().isSatisfiable()) {
            range.get().writeTo(response, file.getSize());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        downloads.recordDownload(actor, file);
        range.ifPresent(asked -> asked.writeTo(response, file.getSize()));
        long first = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(file.getSize());
        response.setContentLengthLong(length);
        try (SeekableByteChannel in = downloads.open(file); OutputStream out = response.getOutputStream()) {
            FileStreaming.copy(in.position(first), Channels.newChannel(out), length);
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
}
