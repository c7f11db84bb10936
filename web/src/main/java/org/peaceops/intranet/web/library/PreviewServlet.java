package org.peaceops.intranet.web.library;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.application.preview.NoPreviewReason;
import org.peaceops.intranet.documents.application.preview.PageImage;
import org.peaceops.intranet.documents.application.preview.PagePreviews;
import org.peaceops.intranet.documents.application.preview.PreviewSize;
import org.peaceops.intranet.documents.application.preview.PreviewUnavailableException;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.web.security.CurrentUser;

/**
 * {@code /library/preview?id=..&version=..&size=thumb|page&page=..}: one page image of a version, a PNG.
 * Refused exactly like the download of the same file (404 whether missing or not allowed). An image
 * never changes for the same content, size and page, so the ETag names those and the browser may keep it
 * privately for a day; a shared cache may not (the next person may not be allowed to see it).
 */
@WebServlet("/library/preview")
public class PreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PreviewServlet.class.getName());
    private static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    PagePreviews previews;

    @Inject
    CurrentUser user;

    /** The request's parameters, or empty when one is missing or malformed. */
    record Request(long documentId, int version, PreviewSize size, int page) {
        static Optional<Request> of(HttpServletRequest request) {
            try {
                Optional<PreviewSize> size = PreviewSize.ofCode(request.getParameter("size"));
                return size.map(s -> new Request(Long.parseLong(request.getParameter("id")),
                        Integer.parseInt(request.getParameter("version")), s, Integer.parseInt(request.getParameter("page"))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Request> asked = Request.of(request);
        if (asked.isEmpty() || user.caller().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Request r = asked.get();
        PageImage image;
        try {
            image = previews.page(user.caller().get(), r.documentId(), r.version(), r.size(), r.page());
        } catch (PreviewUnavailableException e) {
            if (e.reason() == NoPreviewReason.BUSY) {
                response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        } catch (Refusal | jakarta.ejb.EJBException notFound) {
            // Not allowed and not there are answered alike: an image address tells nobody what exists.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "No preview of document " + r.documentId() + " v" + r.version(), e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setHeader("ETag", image.entityTag());
        response.setHeader("Cache-Control", "private, max-age=86400");
        if (image.entityTag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(image.file()));
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(image.file(), out);
        }
    }
}
