package org.peaceops.intranet.toolbox.domain.definition;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The rich text of a report, sanitised when it is written (jsoup, as lessons in training are), so that
 * whatever an author pastes (scripts, event handlers, javascript: links, styles, images from elsewhere)
 * never reaches another reader. Reports are prose: paragraphs, emphasis, lists, headings, tables and
 * http(s)/mailto links survive; images do not (a remote image tells its site who read the report when).
 */
public final class ReportHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private ReportHtml() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, out).strip();
    }

    /** No visible text: {@code <p><br></p>} is what an editor sends for an untouched box. */
    public static boolean isBlank(String html) {
        return html == null || Jsoup.parseBodyFragment(html).text().isBlank();
    }

    /** The text without markup, for length limits a reader can relate to and for search. */
    public static String plainText(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text();
    }
}
