package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.intranet.it.ApiSession.assertRefusal;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * Drafting refuses bad input cleanly, through both doors. The API answers a missing title, an unknown
 * type, a body that is no JSON and a file of a refused kind with 400 or 415 and the reason as JSON
 * (never a 500), and keeps nothing of the refused request: the same reference number is still free, the
 * version still has no file. The draft page shows the reason on the field concerned and keeps what was
 * typed, and saving once it is corrected works.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class DraftRefusalIT {

    private static final String API = "/api/v1/documents";
    private static ApiSession contributor;

    @BeforeAll
    static void signIn() {
        contributor = ApiSession.signIn("contributor");
    }

    /** Unique per run: reference numbers are unique per type and the database outlives a run. */
    private static String reference(String suffix) {
        return "DR." + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase() + suffix;
    }

    /** A complete new document as the API takes it, to be spoiled one field at a time. */
    private static Map<String, Object> newDocument(String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "SOP");
        body.put("referenceNumber", reference);
        body.put("titleEn", "Draft refusals " + reference);
        body.put("languages", List.of("en"));
        body.put("owningOffice", "Policy and Best Practices Service");
        body.put("mission", "UNMISS");
        body.put("classification", "INTERNAL");
        body.put("themes", List.of("PLANNING"));
        return body;
    }

    private static HttpResponse<String> post(Map<String, Object> body) throws Exception {
        return contributor.json("POST", API, new Json().toJson(body));
    }

    /** Nothing of a refused creation was kept: the reference number it asked for is still free. */
    private static void assertStillFree(String reference) throws Exception {
        HttpResponse<String> created = post(newDocument(reference));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aMissingTitleIs400OnTheTitleAndNothingIsStored() throws Exception {
        String reference = reference("T");
        Map<String, Object> untitled = newDocument(reference);
        untitled.remove("titleEn");
        HttpResponse<String> refused = post(untitled);
        assertRefusal(refused, 400, "guidance.title.required");
        assertThat(ApiSession.body(refused)).containsEntry("field", "titleEn");
        HttpResponse<String> french = contributor.send("POST", API, "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString(new Json().toJson(untitled)),
                "Accept-Language", "fr-FR,fr;q=0.9");
        assertRefusal(french, 400, "guidance.title.required");
        assertThat((String) ApiSession.body(french).get("message")).contains("titre");
        assertStillFree(reference);
    }

    @Test
    void anUnknownTypeIs400OnTheTypeAndNothingIsStored() throws Exception {
        String reference = reference("Y");
        Map<String, Object> unknown = newDocument(reference);
        unknown.put("type", "NO-SUCH-TYPE");
        HttpResponse<String> refused = post(unknown);
        assertRefusal(refused, 400, "guidance.type.unknown");
        assertThat(ApiSession.body(refused)).containsEntry("field", "type");
        assertStillFree(reference);
    }

    @Test
    void aBodyThatIsNoJsonIs400() throws Exception {
        assertRefusal(contributor.json("POST", API, "{\"type\": \"SOP\", \"referenceNumber\":"), 400, "api.body.invalid");
    }

    @Test
    void aFileOfARefusedKindIs415AndTheVersionKeepsNoFile() throws Exception {
        HttpResponse<String> created = post(newDocument(reference("F")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiSession.documentId(created.body());
        String file = API + "/" + id + "/versions/1/file";
        HttpResponse<String> csv = contributor.put(file + "?name=roster.csv", "text/csv",
                "name,unit\nAmina,HQ\n".getBytes(StandardCharsets.UTF_8));
        assertRefusal(csv, 415, "upload.rejected.TYPE_NOT_ALLOWED");
        assertThat(ApiSession.body(csv)).containsEntry("file", "roster.csv");
        assertThat(ApiSession.body(contributor.get(API + "/" + id + "/versions/1")).get("sha256")).isNull();
        HttpResponse<String> text = contributor.put(file + "?name=procedure.txt", "text/plain",
                "The procedure, as text.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).as("a file of an accepted kind after the refusal: " + text.body()).isEqualTo(200);
    }

    /** The message shown beside the field {@code id} of the draft form: the first p:message after it. */
    private static String messageBeside(Browser browser, String id) {
        return browser.driver().findElement(By.xpath("//*[@id='editForm:" + id + "']/following::*[contains("
                + "concat(' ', normalize-space(@class), ' '), ' ui-message ')][1]")).getText();
    }

    /** Saves the form and waits for the page the server answers (the form again when refused). */
    private static void save(Browser browser) {
        WebElement save = browser.driver().findElement(By.id("editForm:save"));
        save.click();
        browser.waitUntilReplaced(save);
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id("editForm:" + id)).getAttribute("value");
    }

    @Test
    void theDraftPageShowsTheReasonOnTheFieldKeepsWhatWasTypedAndSavesOnceCorrected() throws Exception {
        String reference = reference("P");
        String office = "Integrated Training Service";
        Path csv = Files.createTempFile("draft-refusal-", ".csv");
        Files.writeString(csv, "name,unit\nAmina,HQ\n");
        try (Browser browser = new Browser()) {
            browser.signIn("contributor", "demo");
            browser.open("/library/edit.xhtml");
            browser.waitFor(By.id("editForm"));
            browser.choose("editForm:type", "Standard operating procedure");
            browser.type("editForm:reference", reference);
            browser.type("editForm:owningOffice", office);
            browser.tick("editForm:themes", "Gender");
            browser.tick("editForm:languages", "English");

            // No title: refused by the domain, said beside the title; the rest stays as typed.
            save(browser);
            browser.screenshot("draft-refused-title");
            assertThat(messageBeside(browser, "titleEn")).isEqualTo("Give a title in English or in French.");
            assertThat(value(browser, "reference")).isEqualTo(reference);
            assertThat(value(browser, "owningOffice")).isEqualTo(office);

            // Titled, with a file of a kind the library refuses: said beside the file; the title stays.
            String title = "Roster handling " + reference;
            browser.type("editForm:titleEn", title);
            browser.driver().findElement(By.cssSelector("[id='editForm'] input[type='file']")).sendKeys(csv.toString());
            save(browser);
            browser.screenshot("draft-refused-file");
            assertThat(messageBeside(browser, "file")).contains("are not accepted in the library");
            assertThat(value(browser, "titleEn")).isEqualTo(title);
            assertThat(value(browser, "owningOffice")).isEqualTo(office);

            // Without the file the draft is saved: the refusals kept nothing that stands in its way.
            save(browser);
            assertThat(browser.waitFor(By.id("document-status")).getText()).isEqualTo("Draft");
            assertThat(browser.driver().findElement(By.id("page-title")).getText()).isEqualTo(title);
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
