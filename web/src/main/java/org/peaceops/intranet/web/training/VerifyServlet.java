package org.peaceops.intranet.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.peaceops.intranet.training.application.TrainingRecords;
import org.peaceops.intranet.training.application.Verification;
import org.peaceops.intranet.web.shell.Messages;

/**
 * {@code /verify/{code}}: public, no sign-in. Says whether a certificate is valid, showing only the
 * holder's name, the course and the dates; an unknown code says so and nothing more. A small page of
 * its own (no session, no scripts), in English or French after the browser's language.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRecords records;

    static String verifyUrl(HttpServletRequest request, String code) {
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/verify/" + code;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String typed = path == null || path.length() <= 1 ? request.getParameter("code") : path.substring(1);
        if ((path == null || path.length() <= 1) && typed != null && !typed.isBlank()) {
            response.sendRedirect(request.getContextPath() + "/verify/"
                    + java.net.URLEncoder.encode(typed.strip(), java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        Locale locale = request.getLocale() != null && "fr".equals(request.getLocale().getLanguage())
                ? Locale.FRENCH : Locale.ENGLISH;
        ResourceBundle msg = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        Optional<Verification> result = typed == null || typed.isBlank() ? Optional.empty() : records.verify(typed);
        if (typed != null && !typed.isBlank() && result.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; form-action 'self'");
        response.setHeader("Referrer-Policy", "no-referrer");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(msg.getString("verify.title")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/jakarta.faces.resource/verify.css.xhtml?ln=css\"></head>"
                + "<body><main class=\"verify\"><h1 id=\"page-title\">" + esc(msg.getString("verify.title")) + "</h1>");
        if (result.isPresent()) {
            Verification v = result.get();
            String state = v.valid() ? "verify.valid" : "verify.expired";
            out.println("<p id=\"verify-status\" class=\"" + (v.valid() ? "valid" : "expired") + "\">"
                    + esc(msg.getString(state)) + "</p><dl>"
                    + "<dt>" + esc(msg.getString("verify.holder")) + "</dt><dd id=\"verify-holder\">" + esc(v.holderName()) + "</dd>"
                    + "<dt>" + esc(msg.getString("verify.course")) + "</dt><dd id=\"verify-course\">" + esc(v.courseTitle()) + "</dd>"
                    + "<dt>" + esc(msg.getString("verify.issued")) + "</dt><dd>" + esc(dates.format(v.issuedOn())) + "</dd>"
                    + "<dt>" + esc(msg.getString("verify.expires")) + "</dt><dd id=\"verify-expires\">"
                    + esc(v.expiresOn() == null ? msg.getString("verify.noExpiry") : dates.format(v.expiresOn())) + "</dd></dl>");
        } else if (typed != null && !typed.isBlank()) {
            out.println("<p id=\"verify-status\" class=\"unknown\">" + esc(msg.getString("verify.unknown")) + "</p>");
        }
        out.println("<form method=\"get\" action=\"" + request.getContextPath() + "/verify/\">"
                + "<label for=\"code\">" + esc(msg.getString("verify.code")) + "</label> "
                + "<input id=\"code\" name=\"code\" maxlength=\"20\" autocomplete=\"off\"> "
                + "<button type=\"submit\">" + esc(msg.getString("verify.check")) + "</button></form>"
                + "<p class=\"meta\">" + esc(msg.getString("verify.note")) + "</p></main></body></html>");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
