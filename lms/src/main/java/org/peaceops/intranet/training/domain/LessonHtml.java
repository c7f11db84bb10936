package org.peaceops.intranet.training.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text of a lesson, sanitised when it is written so that whatever a trainer pastes (scripts,
 * event handlers, javascript: links, styles) never reaches a learner's browser. Only the basic
 * formatting, lists, headings, tables and http(s) links and images survive.
 */
public final class LessonHtml {

    /** Large enough for a long lesson, small enough to keep a row reasonable (the column holds 200,000). */
    public static final int MAX_LENGTH = 100_000;

    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("img")
            .addAttributes("img", "alt", "src", "title")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private LessonHtml() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", SAFELIST, out);
        if (clean.length() > MAX_LENGTH) {
            throw new TrainingRuleException("training.error.lessonTooLong",
                    "A lesson's text is limited to " + MAX_LENGTH + " characters");
        }
        return clean;
    }
}
