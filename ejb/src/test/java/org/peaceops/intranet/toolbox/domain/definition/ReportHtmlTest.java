package org.peaceops.intranet.toolbox.domain.definition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** No script survives to another reader; the prose and its formatting do. */
class ReportHtmlTest {

    @Test
    void scriptsHandlersAndJavascriptLinksAreRemoved() {
        String clean = new FieldValue.RichText("<p onclick=\"steal()\">Hi<script>alert(1)</script>"
                + "<a href=\"javascript:alert(2)\">x</a><img src=\"https://tracker.example/p.gif\"></p>"
                + "<iframe src=\"https://evil.example\"></iframe><style>body{}</style>").html();

        assertThat(clean).doesNotContainIgnoringCase("script").doesNotContain("onclick").doesNotContain("javascript")
                .doesNotContain("<img").doesNotContain("iframe").doesNotContain("style").contains("Hi");
    }

    @Test
    void formattingListsTablesAndWebLinksSurviveWithSafeRel() {
        String clean = ReportHtml.sanitise("<h3>Findings</h3><p><b>Bold</b> and <i>italic</i></p><ul><li>one</li></ul>"
                + "<table><tr><td>cell</td></tr></table><a href=\"https://example.org/aar\">source</a>");

        assertThat(clean).contains("<h3>Findings</h3>", "<b>Bold</b>", "<i>italic</i>", "<li>one</li>", "<td>cell</td>",
                "href=\"https://example.org/aar\"", "rel=\"noopener noreferrer\"");
    }

    @Test
    void plainTextIsWhatTheReaderSees() {
        assertThat(ReportHtml.plainText("<p>Two <b>words</b></p>")).isEqualTo("Two words");
        assertThat(ReportHtml.isBlank("<p><br></p>")).isTrue();
        assertThat(ReportHtml.isBlank("<p>x</p>")).isFalse();
    }
}
