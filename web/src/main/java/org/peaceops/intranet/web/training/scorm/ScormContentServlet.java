package org.peaceops.intranet.web.training.scorm;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peaceops.intranet.shared.Sha256;
import org.peaceops.intranet.training.scorm.application.ContentFile;
import org.peaceops.intranet.training.scorm.application.ScormPlay;

/**
 * {@code /scorm-content/<sha256>/<path>}: a file of a kept SCORM package, sandboxed (see the package
 * note), HTML pages with the cross-frame run-time put in their head; {@code /scorm-content/_runtime/...}:
 * that run-time. Public, since the sandboxed content carries no session: the SHA-256 is the capability.
 */
@WebServlet("/scorm-content/*")
public class ScormContentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "sandbox allow-scripts allow-forms; default-src 'self' data: blob:; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; media-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; form-action 'none'; base-uri 'self'; frame-ancestors 'self'";
    private static final Pattern HEAD = Pattern.compile("<head\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML = Pattern.compile("<html\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> RUNTIME = java.util.Set.of("cross-frame-api.min.js", "sco-bridge.js");
    /** Larger pages are sent as they are (a SCO's launch page is small; a big HTML file is an asset). */
    private static final long MAX_REWRITTEN = 8L * 1024 * 1024;

    @Inject
    ScormPlay play;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        int slash = info == null ? -1 : info.indexOf('/', 1);
        if (slash < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String first = info.substring(1, slash);
        String path = info.substring(slash + 1);
        if ("_runtime".equals(first)) {
            runtime(path, response);
            return;
        }
        Optional<ContentFile> file = Sha256.isHex(first) ? play.content(first, path) : Optional.empty();
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ContentFile f = file.get();
        String type = Optional.ofNullable(getServletContext().getMimeType(f.path().toLowerCase(Locale.ROOT)))
                .orElse("application/octet-stream");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Access-Control-Allow-Origin", "*"); // the sandboxed pages' own fetches (opaque origin)
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("ETag", "\"" + f.sha256() + "\"");
        boolean html = type.startsWith("text/html") || type.startsWith("application/xhtml");
        if (html && f.size() <= MAX_REWRITTEN) {
            response.setContentType(type);
            byte[] page = withRuntime(Files.readAllBytes(f.bytes()), request.getContextPath());
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
            return;
        }
        response.setContentType(type);
        response.setContentLengthLong(f.size());
        try (InputStream in = Files.newInputStream(f.bytes()); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /**
     * The page with the run-time shim first in its head, so that {@code window.API} is there before the
     * SCO's own scripts look for it. Bytes are matched as ISO-8859-1, which leaves any encoding intact.
     */
    static byte[] withRuntime(byte[] page, String contextPath) {
        String text = new String(page, StandardCharsets.ISO_8859_1);
        String scripts = "<script src=\"" + contextPath + "/scorm-content/_runtime/cross-frame-api.min.js\"></script>"
                + "<script src=\"" + contextPath + "/scorm-content/_runtime/sco-bridge.js\"></script>";
        Matcher head = HEAD.matcher(text);
        int at;
        if (head.find()) {
            at = head.end();
        } else {
            Matcher html = HTML.matcher(text);
            at = html.find() ? html.end() : 0;
            scripts = "<head>" + scripts + "</head>";
        }
        return (text.substring(0, at) + scripts + text.substring(at)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private void runtime(String name, HttpServletResponse response) throws IOException {
        if (!RUNTIME.contains(name)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getServletContext().getResourceAsStream("/resources/scorm/" + name)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("text/javascript;charset=UTF-8");
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
