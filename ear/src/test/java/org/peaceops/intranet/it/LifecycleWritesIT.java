package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The write side of the lifecycle against the deployed EAR: a contributor who revises a confidential
 * mission document and saves the draft as public changes nothing for readers until an approver
 * promulgates the revision (and the approver is shown the re-filing); an approver of another mission
 * is refused approve, promulgate and withdraw with a message that says why; a draft is discarded with
 * a reason, and a never-published document goes with it.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class LifecycleWritesIT {

    private static final String API = "/api/v1/documents";

    private static String reference(String suffix) {
        return "LW." + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase() + suffix;
    }

    // ---- browser helpers (the same gestures as WorkflowIT) ----

    private static void attach(Browser browser, String text) throws Exception {
        Path file = Files.createTempFile("lifecycle-writes-it-", ".txt");
        Files.writeString(file, text + "\n");
        browser.driver().findElement(By.cssSelector("[id='editForm'] input[type='file']")).sendKeys(file.toString());
    }

    /** A new SOP of the signed-in contributor's mission, with its file; returns its id. */
    private static long draft(Browser browser, String reference, String title, String classification) throws Exception {
        browser.open("/library/edit.xhtml");
        browser.waitFor(By.id("editForm"));
        browser.choose("editForm:type", "Standard operating procedure");
        browser.type("editForm:titleEn", title);
        browser.type("editForm:owningOffice", "Office of the Force Commander");
        browser.type("editForm:reference", reference);
        browser.tick("editForm:themes", "Gender");
        browser.tick("editForm:languages", "English");
        browser.tick("editForm:classification", classification);
        attach(browser, "Procedure " + title);
        browser.driver().findElement(By.id("editForm:save")).click();
        assertThat(browser.waitFor(By.id("document-status")).getText()).isEqualTo("Draft");
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private static void step(Browser browser, String action, String comment) {
        browser.waitFor(By.cssSelector("button.step-" + action)).click();
        browser.waitFor(By.id("stepForm:confirmStep"));
        if (comment != null) {
            browser.type("stepForm:comment", comment);
        }
        WebElement status = browser.driver().findElement(By.id("document-status"));
        browser.driver().findElement(By.id("stepForm:confirmStep")).click();
        browser.waitUntilReplaced(status);
    }

    private static void openDocument(Browser browser, long id) {
        browser.open("/library/document.xhtml?id=" + id);
        browser.waitFor(By.cssSelector("#document-missing, #document-status"));
    }

    private static boolean missing(Browser browser) {
        return !browser.driver().findElements(By.id("document-missing")).isEmpty();
    }

    private static String classification(Browser browser) {
        return browser.waitFor(By.id("document-classification")).getText();
    }

    @Test
    void aRevisionSavedAsPublicKeepsAConfidentialDocumentConfidentialUntilItIsPromulgated() throws Exception {
        String reference = reference("C");
        String title = "Convoy escort procedure " + reference;
        try (Browser contributor = new Browser(); Browser approver = new Browser(); Browser reader2 = new Browser()) {
            contributor.signIn("contributor", "demo");
            approver.signIn("approver", "demo");
            reader2.signIn("reader2", "demo");
            long id = draft(contributor, reference, title, "Confidential");
            step(contributor, "SUBMIT", null);
            openDocument(approver, id);
            step(approver, "APPROVE", null);
            step(approver, "PROMULGATE", null);
            assertThat(classification(approver)).isEqualTo("Confidential");
            openDocument(reader2, id);
            assertThat(missing(reader2)).as("MINUSCA reader, UNMISS confidential document").isTrue();

            // The attack: open a revision and save it as public.
            openDocument(contributor, id);
            contributor.waitFor(By.cssSelector("button.step-REVISE")).click();
            contributor.waitFor(By.id("stepForm:confirmStep")).click();
            contributor.waitFor(By.id("editForm"));
            assertThat(contributor.waitFor(By.id("editForm:filing-waits")).getText()).contains("promulgates");
            contributor.tick("editForm:classification", "Public");
            attach(contributor, "Revised procedure " + title);
            contributor.driver().findElement(By.id("editForm:save")).click();
            assertThat(contributor.waitFor(By.id("document-status")).getText()).isEqualTo("Promulgated");
            assertThat(classification(contributor)).as("the document in force keeps its filing").isEqualTo("Confidential");

            openDocument(reader2, id);
            assertThat(missing(reader2)).as("still confidential for readers before promulgation").isTrue();
            contributor.open("/library/edit.xhtml?id=" + id);
            contributor.waitFor(By.id("editForm"));
            assertThat(contributor.driver().findElement(By.cssSelector("[id='editForm:classification'] input[value='PUBLIC']"))
                    .isSelected()).as("the draft keeps its proposal").isTrue();

            openDocument(contributor, id);
            step(contributor, "SUBMIT", null);
            openDocument(approver, id);
            String proposal = approver.waitFor(By.id("proposed-filing")).getText();
            assertThat(proposal).contains("Confidential").contains("Public");
            approver.screenshot("lifecycle-proposed-refiling");
            step(approver, "APPROVE", null);
            openDocument(reader2, id);
            assertThat(missing(reader2)).as("approved is not yet in force").isTrue();
            openDocument(approver, id);
            step(approver, "PROMULGATE", null);
            assertThat(classification(approver)).isEqualTo("Public");

            openDocument(reader2, id);
            assertThat(missing(reader2)).isFalse();
            assertThat(classification(reader2)).isEqualTo("Public");
        }
    }

    @Test
    void aDraftIsDiscardedWithAReasonAndANeverPublishedDocumentGoesWithIt() throws Exception {
        String reference = reference("D");
        String title = "Abandoned procedure " + reference;
        try (Browser contributor = new Browser()) {
            contributor.signIn("contributor", "demo");
            long id = draft(contributor, reference, title, "Internal");
            contributor.waitFor(By.cssSelector("button.step-DISCARD_DRAFT")).click();
            contributor.waitFor(By.id("stepForm:confirmStep")).click();
            assertThat(contributor.waitFor(By.cssSelector("[id='stepForm:stepDialogContent'] .ui-message-error")).getText())
                    .contains("reason");
            contributor.screenshot("lifecycle-discard-dialog");
            contributor.type("stepForm:comment", "Started by mistake");
            contributor.driver().findElement(By.id("stepForm:confirmStep")).click();
            assertThat(contributor.waitFor(By.cssSelector(".ui-messages-info, .ui-growl-message")).getText())
                    .contains("discarded");

            openDocument(contributor, id);
            assertThat(missing(contributor)).as("the document had nothing but the draft").isTrue();
        }
    }

    // ---- the API, signed in as each person (a session in either mode) ----

    private static HttpResponse<String> send(String method, String path, ApiSession who, String body) throws Exception {
        return who.send(method, path, body == null ? null : method.equals("PUT") ? "text/plain" : "application/json",
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiSession.documentId(response.body());
    }

    private static long apiDraft(ApiSession who, String reference, String mission) throws Exception {
        long id = created(send("POST", API, who, "{\"type\":\"SOP\",\"referenceNumber\":\"" + reference
                + "\",\"titleEn\":\"Scoped " + reference + "\",\"languages\":[\"en\"],\"owningOffice\":\"Force HQ\","
                + "\"mission\":\"" + mission + "\",\"classification\":\"INTERNAL\",\"themes\":[\"PLANNING\"]}"));
        HttpResponse<String> file = send("PUT", API + "/" + id + "/versions/1/file?name=sop.txt", who, "Scoped " + reference);
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        return id;
    }

    private static HttpResponse<String> step(long id, ApiSession who, String json) throws Exception {
        return send("POST", API + "/" + id + "/transitions", who, json);
    }

    @Test
    void anApproverOfAnotherMissionIsRefusedApprovePromulgateAndWithdraw() throws Exception {
        ApiSession contributor = ApiSession.signIn("contributor");
        ApiSession approver = ApiSession.signIn("approver");
        ApiSession approver2 = ApiSession.signIn("approver2");
        long id = apiDraft(contributor, reference("S"), "UNMISS");
        assertThat(step(id, contributor, "{\"action\":\"SUBMIT\"}").statusCode()).isEqualTo(200);

        // A submitted or approved version is readable only by the owning mission's approvers and HQ, so an
        // approver of another mission is answered as if there were nothing there (404): it learns nothing.
        HttpResponse<String> approve = step(id, approver2, "{\"action\":\"APPROVE\"}");
        assertThat(approve.statusCode()).as(approve.body()).isEqualTo(404);
        assertThat(approve.body()).contains("api.notFound").doesNotContain("Scoped");
        assertThat(step(id, approver, "{\"action\":\"APPROVE\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> promulgate = step(id, approver2, "{\"action\":\"PROMULGATE\",\"effectiveDate\":\"2026-01-01\"}");
        assertThat(promulgate.statusCode()).as(promulgate.body()).isEqualTo(404);
        assertThat(promulgate.body()).contains("api.notFound");
        assertThat(step(id, approver, "{\"action\":\"PROMULGATE\",\"effectiveDate\":\"2026-01-01\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> withdraw = step(id, approver2, "{\"action\":\"WITHDRAW\",\"comment\":\"Not yours\"}");
        assertThat(withdraw.statusCode()).as(withdraw.body()).isEqualTo(403);
        assertThat(send("GET", API + "/" + id, approver, null).body()).contains("PROMULGATED");
    }

    @Test
    void theApiDiscardsADraftOnlyForItsAuthorOrAnApproverInScopeAndNeedsAReason() throws Exception {
        ApiSession contributor = ApiSession.signIn("contributor");
        ApiSession approver = ApiSession.signIn("approver");
        ApiSession approver2 = ApiSession.signIn("approver2");
        long id = apiDraft(contributor, reference("A"), "HQ");
        assertThat(step(id, contributor, "{\"action\":\"SUBMIT\"}").statusCode()).isEqualTo(200);
        assertThat(step(id, approver, "{\"action\":\"APPROVE\"}").statusCode()).isEqualTo(200);
        assertThat(step(id, approver, "{\"action\":\"PROMULGATE\",\"effectiveDate\":\"2026-01-01\"}").statusCode())
                .isEqualTo(200);
        // A contributor of UNMISS opens a revision of headquarters guidance and leaves it.
        assertThat(step(id, contributor, "{\"action\":\"REVISE\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> noReason = send("DELETE", API + "/" + id + "/versions/2", approver, null);
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("guidance.commentRequired");
        HttpResponse<String> outOfScope = send("DELETE", API + "/" + id + "/versions/2?reason=Mine%20now", approver2, null);
        assertThat(outOfScope.statusCode()).as(outOfScope.body()).isEqualTo(403);
        HttpResponse<String> published = send("DELETE", API + "/" + id + "/versions/1?reason=Gone", approver, null);
        assertThat(published.statusCode()).as("a promulgated version is never discarded").isIn(400, 403);

        HttpResponse<String> discarded = send("DELETE", API + "/" + id + "/versions/2?reason=Left%20open", approver, null);
        assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(200);
        assertThat(discarded.body()).contains("\"documentRemoved\":false");
        HttpResponse<String> versions = send("GET", API + "/" + id + "/versions", approver, null);
        assertThat(versions.body()).contains("\"number\":1").doesNotContain("\"number\":2");
        assertThat(step(id, contributor, "{\"action\":\"REVISE\"}").statusCode()).as("free to revise again").isEqualTo(200);
    }
}
