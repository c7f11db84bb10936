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
    void emptyStaysEmptyAndHugeIsRefused() {
        assertThat(LessonHtml.sanitise(null)).isEmpty();
        assertThat(LessonHtml.sanitise("  ")).isEmpty();
        assertThatThrownBy(() -> LessonHtml.sanitise("<p>" + "a".repeat(LessonHtml.MAX_LENGTH + 1) + "</p>"))
                .isInstanceOf(TrainingRuleException.class);
    }
}
