package org.peaceops.intranet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.peaceops.intranet.web.library.UploadLimits;
import org.peaceops.intranet.web.shell.Messages;

/**
 * Refuses a multipart post larger than the upload limit ({@code intranet.upload.max-bytes}) before
 * anything reads it. The container would otherwise spool the whole body to disk first, whoever sends
 * it: the multipart limits in web.xml cannot follow the configured limit, and the sign-in's saved
 * request reads the parameters of a post to a protected page before the person is even known. So the
 * check runs first of all, in the authentication mechanism, on the declared length; a multipart post
 * that declares no length (chunked) is refused too, as browsers always declare it.
 */
@ApplicationScoped
public class MultipartCap {

    private static final Logger LOG = Logger.getLogger(MultipartCap.class.getName());

    /** Room for the form's other fields and the part headers around the file. */
    static final long FORM_ALLOWANCE = 1024 * 1024;

    @Inject
    UploadLimits limits;

    public boolean refuses(HttpServletRequest request) {
        return refuses(request.getContentType(), request.getContentLengthLong(), limits.getMaxBytes());
    }

    static boolean refuses(String contentType, long length, long maxBytes) {
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        return length < 0 || length > maxBytes + FORM_ALLOWANCE;
    }

    /** 413 (411 without a length) with a short page in the person's language; the connection is closed. */
    public void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long length = request.getContentLengthLong();
        LOG.info(() -> "Refused a multipart post of " + (length < 0 ? "undeclared length" : length + " bytes") + " to "
                + request.getRequestURI() + " from " + request.getRemoteAddr());
        Locale locale = "fr".equals(request.getLocale().getLanguage()) ? Locale.FRENCH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        String title = bundle.getString("upload.request.tooLarge");
        String detail = new MessageFormat(bundle.getString("upload.request.tooLarge.detail"), locale)
                .format(new Object[] {limits.getMaxMegabytes()});
        response.setStatus(length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED
                : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentType("text/html; charset=UTF-8");
        try (PrintWriter out = response.getWriter()) {
            out.write("<!DOCTYPE html><html lang=\"" + (locale == Locale.FRENCH ? "fr" : "en") + "\"><head>"
                    + "<meta charset=\"UTF-8\"><title>" + title + "</title></head><body><h1>" + title + "</h1><p>"
                    + detail + "</p></body></html>");
            // Sent now: the container may go on to drain the unread body before it ends the exchange.
            out.flush();
            response.flushBuffer();
        }
    }
}
