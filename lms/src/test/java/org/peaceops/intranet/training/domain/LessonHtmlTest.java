package org.peaceops.intranet.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LessonHtmlTest {

    @Test
    void keepsFormattingListsAndLinks() {
        String clean = LessonHtml.sanitise("<h2>Title</h2><p><b>Bold</b> and <em>em</em></p><ul><li>One</li></ul>"
                + "<a href=\"https://example.org/sop\">SOP</a>");

        assertThat(clean).contains("<h2>Title</h2>", "<b>Bold</b>", "<li>One</li>", "href=\"https://example.org/sop\"",
                "rel=\"noopener noreferrer\"");
    }

    @Test
    void removesScriptsHandlersStylesAndJavascriptLinks() {
        String clean = LessonHtml.sanitise("<p onclick=\"steal()\" style=\"x\">Hi</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">x</a><img src=\"data:image/png;base64,AAA\" onerror=\"x()\">"
                + "<iframe src=\"https://evil\"></iframe>");

        assertThat(clean).doesNotContain("onclick", "style", "<script", "alert", "javascript:", "onerror", "data:",
                "iframe").contains("<p>Hi</p>");
    }

    @Test
    void keepsOnlyTheIntranetsOwnImagesNeverAnotherSitesTrackingPixel() {
        String clean = LessonHtml.sanitise("<p>Map</p><img src=\"/intranet/files/map.png\" alt=\"Sector map\">"
                + "<img src=\"images/flag.png\" alt=\"Flag\">"
                + "<img src=\"https://tracker.example.com/p.gif?u=1\" alt=\"a\">"
                + "<img src=\"http://tracker.example.com/p.gif\" alt=\"b\">"
                + "<img src=\"//tracker.example.com/p.gif\" alt=\"c\">"
                + "<img src=\"&#x2F;&#x2F;tracker.example.com/p.gif\" alt=\"d\">"
                + "<img src=\"/\\tracker.example.com/p.gif\" alt=\"e\">"
                + "<img src=\" https://tracker.example.com/p.gif\" alt=\"f\">"
                + "<img src=\"HTTPS://tracker.example.com/p.gif\" alt=\"g\">"
                + "<img alt=\"h\">");

        assertThat(clean).contains("<img src=\"/intranet/files/map.png\" alt=\"Sector map\">",
                "<img src=\"images/flag.png\" alt=\"Flag\">", "<p>Map</p>").doesNotContain("tracker", "alt=\"h\"");
        assertThat(clean.split("<img", -1)).hasSize(3);
    }

    @Test
    void emptyStaysEmptyAndHugeIsRefused() {
        assertThat(LessonHtml.sanitise(null)).isEmpty();
        assertThat(LessonHtml.sanitise("  ")).isEmpty();
        assertThatThrownBy(() -> LessonHtml.sanitise("<p>" + "a".repeat(LessonHtml.MAX_LENGTH + 1) + "</p>"))
                .isInstanceOf(TrainingRuleException.class);
    }
}
