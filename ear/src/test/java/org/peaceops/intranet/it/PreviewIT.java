package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reading a seed report on its document page: page previews of its PDF rendition (previous/next, page
 * n of N, thumbnails), the images cached privately with an ETag, the view counted and the document in
 * the "most read" panel; and a confidential document's page images refused to another mission's reader
 * exactly like its file.
 */
class PreviewIT {

    private static final String SEED = "A New Partnership Agenda";
    private static final String CONFIDENTIAL = "Multidimensional and Integrated";

    private static void openDocument(Browser browser, String partialTitle) {
        browser.open("/library/index.xhtml");
        browser.waitFor(By.partialLinkText(partialTitle)).click();
        browser.waitFor(By.id("document-facts"));
    }

    /** Waits until the browser has decoded the image, and returns its natural width. */
    private static long loadedWidth(Browser browser, WebElement image) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            Object width = ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : null;", image);
            return width == null || ((Number) width).longValue() == 0 ? null : ((Number) width).longValue();
        });
    }

    private static String pageNumber(Browser browser) {
        return browser.waitFor(By.id("page-number")).getText().strip();
    }

    @Test
    void aSeedReportShowsItsPagesAndNextAndPreviousMoveThroughThem() {
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            openDocument(browser, SEED);

            assertThat(pageNumber(browser)).matches("Page 1 of \\d+");
            int pages = Integer.parseInt(pageNumber(browser).replaceAll(".* of ", ""));
            assertThat(pages).as("the rendition of a 115 kB report").isGreaterThan(10);
            assertThat(loadedWidth(browser, browser.waitFor(By.id("viewer:page-image")))).isEqualTo(1200);
            assertThat(browser.driver().findElements(By.cssSelector("#thumbnails img"))).hasSizeGreaterThan(3);
            assertThat(browser.driver().findElement(By.id("viewer:previous")).isEnabled()).isFalse();

            browser.driver().findElement(By.id("viewer:next")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> pageNumber(browser).equals("Page 2 of " + pages));
            WebElement second = browser.waitFor(By.id("viewer:page-image"));
            assertThat(second.getAttribute("src")).contains("page=2").contains("size=page");
            assertThat(loadedWidth(browser, second)).isEqualTo(1200);
            browser.screenshot("document-preview-page-2");

            browser.driver().findElement(By.id("viewer:previous")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> pageNumber(browser).equals("Page 1 of " + pages));
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('thumbnails').scrollIntoView();");
            browser.screenshot("document-preview-thumbnails");
        }
    }

    @Test
    void pageImagesAreCachedPrivatelyAndRevalidatedByTheirEntityTag() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            openDocument(browser, SEED);
            String src = browser.waitFor(By.id("viewer:page-image")).getAttribute("src").replace("size=page", "size=thumb");
            String cookie = browser.sessionCookie();

            HttpResponse<String> image = ItEnvironment.get(src, "Cookie", cookie);
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
            assertThat(image.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).startsWith("private"));
            String etag = image.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).matches("\"[0-9a-f]{64}-thumb-1\"");
            assertThat(ItEnvironment.get(src, "Cookie", cookie, "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(ItEnvironment.get(src.replace("page=1", "page=9999"), "Cookie", cookie).statusCode()).isEqualTo(404);
            assertThat(ItEnvironment.get(src.replace("size=thumb", "size=huge"), "Cookie", cookie).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void anotherMissionsReaderGetsNotFoundForAConfidentialDocumentsPreview() throws Exception {
        String src;
        String ownerCookie;
        try (Browser browser = new Browser()) {
            browser.signIn("reader2", "demo");
            openDocument(browser, CONFIDENTIAL);
            src = browser.waitFor(By.id("viewer:page-image")).getAttribute("src");
            ownerCookie = browser.sessionCookie();
            assertThat(ItEnvironment.get(src, "Cookie", ownerCookie).statusCode()).isEqualTo(200);
        }
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            String cookie = browser.sessionCookie();
            HttpResponse<String> denied = ItEnvironment.get(src, "Cookie", cookie);
            assertThat(denied.statusCode()).isEqualTo(404);
            assertThat(denied.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("image/");
            HttpResponse<String> thumb = ItEnvironment.get(src.replace("size=page", "size=thumb"), "Cookie", cookie);
            assertThat(thumb.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void openingTheDocumentCountsAViewAndTheHomePageListsItAmongTheMostRead() {
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            openDocument(browser, SEED);
            long before = views(browser);
            browser.driver().navigate().refresh();
            browser.waitFor(By.id("document-facts"));
            assertThat(views(browser)).isEqualTo(before + 1);
            assertThat(browser.driver().findElement(By.id("reading-months")).getText())
                    .as("the reader's mission (UNMISS) among the month's readers").contains("UNMISS");

            browser.open("/index.xhtml");
            assertThat(browser.waitFor(By.id("most-read")).getText()).contains(SEED).doesNotContain(CONFIDENTIAL);
            browser.screenshot("home-most-read");
        }
    }

    private static long views(Browser browser) {
        String totals = browser.waitFor(By.id("reading-totals")).getText();
        return Long.parseLong(totals.replaceAll(".*: (\\d+) views.*", "$1"));
    }
}
