package org.peaceops.intranet.training.domain;

import org.jsoup.Jsoup;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Rich text of a lesson, sanitised when it is written so that whatever a trainer pastes (scripts,
 * event handlers, javascript: links, styles) never reaches a learner's browser. Only the basic
 * formatting, lists, headings, tables, http(s) links and the intranet's own images survive: an image
 * from another site would tell that site who read which lesson when (a tracking pixel), so an image
 * must be a path on the intranet itself ({@code /intranet/...} or relative), never an address elsewhere.
 */
public final class LessonHtml {

    /** Large enough for a long lesson, small enough to keep a row reasonable (the column holds 200,000). */
    public static final int MAX_LENGTH = 100_000;

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("img")
            .addAttributes("img", "alt", "src", "title")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    /** A URL scheme ({@code https:}, {@code data:}, {@code javascript:}...): the image would not be ours. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private LessonHtml() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        Document doc = Jsoup.parseBodyFragment(Jsoup.clean(html, "", SAFELIST, out));
        doc.outputSettings(out);
        for (Element img : doc.select("img")) {
            if (!isOwnPath(img.attr("src"))) {
                img.remove();
            }
        }
        String clean = doc.body().html();
        if (clean.length() > MAX_LENGTH) {
            throw new TrainingRuleException("training.error.lessonTooLong",
                    "A lesson's text is limited to " + MAX_LENGTH + " characters");
        }
        return clean;
    }

    /**
     * A path on this server: no scheme, not protocol-relative ({@code //host}), and no backslash or
     * control character that a browser would read as either.
     */
    static boolean isOwnPath(String src) {
        if (src == null || src.isEmpty() || SCHEME.matcher(src).find() || src.startsWith("//")) {
            return false;
        }
        return src.chars().noneMatch(c -> c == '\\' || c <= ' ' || c == 0x7f);
    }
}
