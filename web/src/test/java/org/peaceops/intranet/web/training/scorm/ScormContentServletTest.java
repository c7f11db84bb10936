package org.peaceops.intranet.web.training.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The content path's policy keeps package scripts in an opaque origin, and every HTML page of a package
 * gets the cross-frame run-time before its own scripts, whatever its encoding.
 */
class ScormContentServletTest {

    @Test
    void thePolicySandboxesTheContentWithoutSameOriginAndLetsOnlyTheIntranetFrameIt() {
        assertThat(ScormContentServlet.POLICY).startsWith("sandbox allow-scripts allow-forms;")
                .doesNotContain("allow-same-origin").doesNotContain("allow-top-navigation")
                .contains("frame-ancestors 'self'").contains("form-action 'none'").contains("object-src 'none'");
    }

    @Test
    void theRunTimeGoesFirstIntoTheHeadSoTheScoFindsItsApi() {
        String page = new String(ScormContentServlet.withRuntime(
                "<!DOCTYPE html><html><HEAD lang=\"fr\"><script>findAPI()</script></head><body>é</body></html>"
                        .getBytes(StandardCharsets.UTF_8), "/intranet"), StandardCharsets.UTF_8);

        assertThat(page).startsWith("<!DOCTYPE html><html><HEAD lang=\"fr\"><script src=\"/intranet/scorm-content/_runtime/cross-frame-api.min.js\"></script>"
                + "<script src=\"/intranet/scorm-content/_runtime/sco-bridge.js\"></script><script>findAPI()</script>")
                .contains("<body>é</body>");
    }

    @Test
    void aPageWithoutHeadGetsOne() {
        String page = new String(ScormContentServlet.withRuntime("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), ""),
                StandardCharsets.UTF_8);

        assertThat(page).startsWith("<html><head><script src=\"/scorm-content/_runtime/cross-frame-api.min.js\">")
                .endsWith("</head><body>x</body></html>");
    }
}
