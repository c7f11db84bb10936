package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peaceops.intranet.documents.application.ingest.HostileFiles;

/**
 * Uploading through the page, as a contributor does: files dropped on the upload widget are checked by
 * the server, refused ones are listed with their reason, accepted ones become drafts whose extraction
 * status the document page shows until it is final. The hostile set goes through the same path and the
 * server stays ready afterwards.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class UploadIT {

    private static final Path SEED = Path.of("../../shared/seeds/004_749a5434d7ea5823.txt");
    private static Path dir;
    private static HostileFiles hostile;

    @BeforeAll
    static void files() throws IOException {
        dir = Files.createTempDirectory("upload-it-");
        hostile = new HostileFiles(dir);
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static void drop(Browser browser, Path... files) {
        WebElement input = browser.driver().findElement(By.cssSelector("#uploadForm input[type=file]"));
        input.sendKeys(String.join("\n", java.util.Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).toList()));
    }

    private static WebDriverWait waiting(Browser browser, int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    }

    private static void waitForText(Browser browser, By where, String text, int seconds) {
        waiting(browser, seconds).until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    /** The catalogue entry shared by the drafts: type, office, one thematic area (mission and classification keep their defaults). */
    private static void describe(Browser browser, String typeCode) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("PF('typeMenu').selectValue(arguments[0]);", typeCode);
        browser.driver().findElement(By.id("draftsForm:office")).sendKeys("Policy and Best Practices Service");
        js.executeScript("PF('themesMenu').show();");
        browser.waitFor(By.cssSelector("#draftsForm\\:themes_panel li label")).click();
        js.executeScript("PF('themesMenu').hide();");
    }

    private static void giveReference(Browser browser, int row, String reference) {
        WebElement field = browser.driver().findElement(By.id("draftsForm:staged:" + row + ":reference"));
        field.clear();
        field.sendKeys(reference);
    }

    @Test
    void aContributorUploadsAReportIsOfferedTheExistingCopyAndSeesItsTextExtracted() throws IOException {
        String id = unique();
        Path report = dir.resolve("field-report-" + id + ".txt");
        Files.writeString(report, Files.readString(SEED, StandardCharsets.UTF_8) + "\nUpload test " + id + "\n");
        Path sameAsDemo = dir.resolve("copy-of-demo-report.txt");
        Files.copy(SEED, sameAsDemo, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Browser browser = new Browser()) {
            browser.signIn("contributor", "demo");
            browser.open("/library/index.xhtml");
            browser.waitFor(By.id("add-documents")).click();
            browser.waitFor(By.id("uploadForm:files"));
            drop(browser, report, sameAsDemo);
            waitForText(browser, By.id("draftsForm:staged"), "copy-of-demo-report.txt", 60);
            waitForText(browser, By.id("draftsForm:staged"), "field-report-" + id, 60);
            String staged = browser.driver().findElement(By.id("draftsForm:staged")).getText();
            assertThat(staged).contains("text/plain").contains("The same file is already in the library");
            browser.screenshot("upload-staged");

            // The duplicate is not wanted: remove it, keep the new report.
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#draftsForm\\:staged_data > tr"));
            int duplicateRow = rows.get(0).getText().contains("copy-of-demo-report") ? 0 : 1;
            rows.get(duplicateRow).findElement(By.cssSelector("button")).click();
            waiting(browser, 20).until(d -> {
                try {
                    return !d.findElement(By.id("draftsForm:staged")).getText().contains("copy-of-demo-report");
                } catch (org.openqa.selenium.StaleElementReferenceException replacedByTheUpdate) {
                    return false;
                }
            });

            describe(browser, "SOP");
            giveReference(browser, 0, "UP-" + id);
            browser.driver().findElement(By.id("draftsForm:create")).click();
            browser.waitFor(By.cssSelector("#draftsForm\\:created a.created-link")).click();

            browser.waitFor(By.id("document-facts"));
            assertThat(browser.driver().findElement(By.id("document-status")).getText()).isEqualTo("Draft");
            waitForText(browser, By.id("versions"), "Text extracted", 90);
            assertThat(browser.driver().findElement(By.id("versions")).getText()).contains("field-report-" + id);
            browser.screenshot("upload-extracted");
        }
    }

    @Test
    void hostileFilesGetTheirClearOutcomeAndTheServerStaysReady() throws Exception {
        String id = unique();
        Path polyglot = hostile.polyglot("welcome-" + id + ".html");
        Path disguised = hostile.pdf("minutes-" + id + ".docx", "Minutes");
        Path empty = hostile.empty("empty-" + id + ".pdf");
        Path nested = hostile.nestedZip("nested-" + id + ".zip", 40);
        Path locked = hostile.encryptedPdf("locked-" + id + ".pdf");
        Path cut = hostile.truncatedPdf("cut-" + id + ".pdf");
        Path bomb = hostile.docxBomb("bomb-" + id + ".docx", 200);
        try (Browser browser = new Browser()) {
            browser.signIn("contributor", "demo");
            browser.open("/library/upload.xhtml");
            browser.waitFor(By.id("uploadForm:files"));
            drop(browser, polyglot, disguised, empty, nested, locked, cut, bomb);
            waitForText(browser, By.id("rejected"), "nested-" + id, 90);
            waitForText(browser, By.id("draftsForm:staged"), "bomb-" + id, 90);
            waitForText(browser, By.id("draftsForm:staged"), "locked-" + id, 90);
            waitForText(browser, By.id("draftsForm:staged"), "cut-" + id, 90);
            waitForText(browser, By.id("rejected"), "welcome-" + id, 90);
            waitForText(browser, By.id("rejected"), "minutes-" + id, 90);
            waitForText(browser, By.id("rejected"), "empty-" + id, 90);
            String rejected = browser.driver().findElement(By.id("rejected")).getText();
            assertThat(line(rejected, "welcome-" + id)).contains("image/jpeg").contains(".html extension");
            assertThat(line(rejected, "minutes-" + id)).contains("application/pdf").contains(".docx extension");
            assertThat(line(rejected, "empty-" + id)).contains("The file is empty");
            assertThat(line(rejected, "nested-" + id)).contains("application/zip").contains("not accepted");
            browser.screenshot("upload-hostile");

            describe(browser, "OTHER");
            for (int row = 0; row < 3; row++) {
                giveReference(browser, row, "H" + row + "-" + id);
            }
            browser.driver().findElement(By.id("draftsForm:create")).click();
            waiting(browser, 30).until(d -> d.findElements(By.cssSelector("#draftsForm\\:created a.created-link")).size() == 3);
            List<String> links = browser.driver().findElements(By.cssSelector("#draftsForm\\:created a.created-link")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            for (String link : links) {
                browser.driver().get(link);
                browser.waitFor(By.id("versions"));
                String title = browser.driver().findElement(By.id("page-title")).getText();
                String expected = title.startsWith("locked") ? "No searchable text: the file is password-protected"
                        : title.startsWith("cut") ? "Extraction failed: the file is damaged or incomplete"
                        : "Extraction failed: the file expands to far more than its size";
                waitForText(browser, By.id("versions"), expected, 90);
            }
            browser.screenshot("upload-hostile-outcome");
        }
        HttpResponse<String> ready = ItEnvironment.get(ItEnvironment.serverUrl() + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");
    }

    @Test
    void aReaderCannotOpenTheUploadPage() {
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            browser.open("/library/index.xhtml");
            browser.waitFor(By.id("libraryForm:documents"));
            assertThat(browser.driver().findElements(By.id("add-documents"))).isEmpty();
            browser.open("/library/upload.xhtml");
            assertThat(browser.driver().findElements(By.id("uploadForm:files"))).isEmpty();
        }
    }

    private static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().orElse("");
    }
}
