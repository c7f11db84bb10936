package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Downloads over a signed-in session: the whole file with ETag and a safe file name, a resumed part
 * (206 with Content-Range), revalidation (304), an impossible range (416), and nothing at all for a
 * reader of another mission asking for a confidential document's file.
 */
class DownloadIT {

    private static final String SEED_TITLE = "A New Partnership Agenda: Charting a New Horizon for UN Peacekeeping";

    /** Signs in, opens the document, and returns its download address and the session cookie. */
    private static String[] downloadLinkAndCookie(String user, String partialTitle) {
        try (Browser browser = new Browser()) {
            browser.signIn(user, "demo");
            // The demo import runs just after start-up: when this is the first test, wait for it.
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            browser.open("/library/index.xhtml");
            while (browser.driver().findElements(By.partialLinkText(partialTitle)).isEmpty()
                    && System.nanoTime() < deadline) {
                browser.open("/library/index.xhtml");
            }
            browser.driver().findElement(By.partialLinkText(partialTitle)).click();
            String href = browser.waitFor(By.cssSelector("a.download-link")).getAttribute("href");
            return new String[] {href, browser.sessionCookie()};
        }
    }

    @Test
    void aFileDownloadsWholeAndResumesWithRanges() throws Exception {
        String[] link = downloadLinkAndCookie("reader", "A New Partnership Agenda");
        HttpResponse<String> whole = ItEnvironment.get(link[0], "Cookie", link[1]);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).contains("PARTNERSHIP AGENDA");
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(whole.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"002_244a202301258166.txt\"");
        long size = Long.parseLong(whole.headers().firstValue("Content-Length").orElseThrow());

        HttpResponse<String> part = ItEnvironment.get(link[0], "Cookie", link[1], "Range", "bytes=100-199");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + size);
        assertThat(part.headers().firstValue("Content-Length")).hasValue("100");

        assertThat(ItEnvironment.get(link[0], "Cookie", link[1], "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(ItEnvironment.get(link[0], "Cookie", link[1], "Range", "bytes=" + size + "-").statusCode())
                .isEqualTo(416);
    }

    @Test
    void anotherMissionsConfidentialFileIsNotFound() throws Exception {
        String[] theirs = downloadLinkAndCookie("reader2", "Multidimensional and Integrated");
        String[] mine = downloadLinkAndCookie("reader", "A New Partnership Agenda");
        HttpResponse<String> denied = ItEnvironment.get(theirs[0], "Cookie", mine[1]);
        assertThat(denied.statusCode()).isEqualTo(404);
        assertThat(denied.body()).doesNotContain("Multidimensional");
        assertThat(SEED_TITLE).isNotBlank();
    }
}
