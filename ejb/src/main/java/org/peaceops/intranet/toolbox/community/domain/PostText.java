package org.peaceops.intranet.toolbox.community.domain;

import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;
import org.peaceops.intranet.toolbox.domain.definition.ReportHtml;

/**
 * The checks every title and rich text of a community goes through. Rich text is sanitised with the
 * Toolbox's own sanitiser when it is written, so no script an author pastes reaches another reader; its
 * length is counted on the visible text (what a writer can relate to), with a ceiling on the markup.
 */
public final class PostText {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 10_000;
    /** Markup around the text: the column's size. */
    public static final int MAX_HTML = 40_000;

    private PostText() {
    }

    /** A title or a name: given, and at most {@code max} characters; refused on {@code field}. */
    public static String line(String value, int max, String key, String field) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty() || clean.length() > max) {
            throw new ToolboxRuleException(key, "Give it, in at most " + max + " characters", max).onField(field);
        }
        return clean;
    }

    /** Rich text: sanitised, with visible text, and at most {@link #MAX_TEXT} characters of it. */
    public static String rich(String html, String key, String field) {
        String clean = ReportHtml.sanitise(html);
        if (ReportHtml.isBlank(clean) || ReportHtml.plainText(clean).length() > MAX_TEXT || clean.length() > MAX_HTML) {
            throw new ToolboxRuleException(key, "Write it, in at most " + MAX_TEXT + " characters", MAX_TEXT)
                    .onField(field);
        }
        return clean;
    }
}
