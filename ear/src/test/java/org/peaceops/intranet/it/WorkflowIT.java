package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The guidance workflow in real browsers, one person per browser: a contributor drafts (a refused form
 * keeps what was typed), attaches the file and submits; an approver finds it in the inbox, approves and
 * promulgates it; the author is notified. Returning to draft needs a reason; an author never approves
 * their own draft.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class WorkflowIT {

    /** Unique per run: reference numbers are unique per type and the database outlives a run. */
    private static String reference() {
        return "WF." + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
    }

    /** Fills and saves the new-draft form; returns the new document's id. */
    private static long draft(Browser browser, String reference, String title) throws Exception {
        browser.open("/library/edit.xhtml");
        browser.waitFor(By.id("editForm"));
        browser.choose("editForm:type", "Standard operating procedure");
        browser.type("editForm:titleEn", title);
        browser.type("editForm:owningOffice", "Integrated Training Service");

        // Refused first: no reference number and no theme. The messages say so and the title stays.
        browser.driver().findElement(By.id("editForm:save")).click();
        assertThat(browser.waitFor(By.id("editForm")).getText())
                .contains("reference number").contains("thematic area");
        assertThat(browser.driver().findElement(By.id("editForm:titleEn")).getAttribute("value")).isEqualTo(title);

        browser.type("editForm:reference", reference);
        browser.tick("editForm:themes", "Gender");
        browser.tick("editForm:languages", "English");
        Path file = Files.createTempFile("workflow-it-", ".txt");
        Files.writeString(file, "Standard operating procedure written by the workflow test: " + title + "\n");
        browser.driver().findElement(By.cssSelector("[id='editForm'] input[type='file']")).sendKeys(file.toString());
        browser.driver().findElement(By.id("editForm:save")).click();

        assertThat(browser.waitFor(By.id("document-status")).getText()).isEqualTo("Draft");
        assertThat(browser.driver().findElement(By.id("page-title")).getText()).isEqualTo(title);
        Files.deleteIfExists(file);
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Presses a step's button, fills the dialog and confirms; waits for the page to reload. */
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

    private static String status(Browser browser) {
        return browser.waitFor(By.id("document-status")).getText();
    }

    @Test
    void draftSubmitApproveAsAnotherPersonPromulgateAndTheAuthorIsTold() throws Exception {
        String reference = reference();
        String title = "Handover of duty stations " + reference;
        try (Browser approver = new Browser(); Browser author = new Browser()) {
            approver.signIn("approver", "demo"); // known to the directory, so told of submissions
            author.signIn("contributor", "demo");
            long id = draft(author, reference, title);
            assertThat(author.driver().findElements(By.cssSelector("button.step-APPROVE"))).isEmpty();
            step(author, "SUBMIT", "Ready for validation");
            assertThat(status(author)).isEqualTo("Submitted for validation");
            assertThat(author.driver().findElements(By.cssSelector("button.step-SUBMIT"))).isEmpty();
            author.screenshot("workflow-submitted");

            approver.open("/library/inbox.xhtml");
            assertThat(approver.waitFor(By.id("awaiting")).getText()).contains(title).contains("Submitted for validation");
            approver.open("/library/notifications.xhtml");
            assertThat(approver.waitFor(By.id("notificationsForm:notifications")).getText())
                    .contains("SOP " + reference + " v1 was submitted by");
            approver.open("/library/inbox.xhtml");
            approver.screenshot("workflow-inbox");
            approver.driver().findElement(By.linkText(title)).click();
            step(approver, "APPROVE", "Consistent with the policy");
            assertThat(status(approver)).isEqualTo("Approved");
            step(approver, "PROMULGATE", null);
            assertThat(status(approver)).isEqualTo("Promulgated");
            assertThat(approver.driver().findElement(By.id("history")).getText())
                    .contains("Submitted for validation → Approved").contains("Approved → Promulgated")
                    .contains("Consistent with the policy");
            approver.screenshot("workflow-promulgated");

            author.open("/library/notifications.xhtml");
            String notifications = author.waitFor(By.id("notificationsForm:notifications")).getText();
            assertThat(notifications).contains("SOP " + reference + " v1 was promulgated")
                    .contains("SOP " + reference + " v1 was approved");
            assertThat(author.driver().findElement(By.id("headerForm:unreadCount")).getText()).isNotBlank();
            author.screenshot("workflow-notifications");

            author.open("/library/document.xhtml?id=" + id);
            assertThat(status(author)).isEqualTo("Promulgated");
            assertThat(author.driver().findElements(By.cssSelector("a[id$='edit-draft']"))).as("promulgated never changes")
                    .isEmpty();
        }
    }

    @Test
    void returningToDraftNeedsAReasonAndNobodyApprovesTheirOwnDraft() throws Exception {
        String reference = reference() + "R";
        String title = "Reporting on conduct and discipline " + reference;
        try (Browser admin = new Browser(); Browser approver = new Browser()) {
            admin.signIn("admin", "demo");
            draft(admin, reference, title);
            step(admin, "SUBMIT", null);
            assertThat(status(admin)).isEqualTo("Submitted for validation");
            // The administrator may approve others' drafts, but this one is theirs: no button for it.
            assertThat(admin.driver().findElements(By.cssSelector("button.step-APPROVE"))).isEmpty();
            assertThat(admin.driver().findElements(By.cssSelector("button.step-RETURN_TO_DRAFT"))).isNotEmpty();

            approver.signIn("approver", "demo");
            approver.open("/library/inbox.xhtml");
            approver.waitFor(By.id("awaiting"));
            approver.driver().findElement(By.linkText(title)).click();
            approver.waitFor(By.cssSelector("button.step-RETURN_TO_DRAFT")).click();
            approver.waitFor(By.id("stepForm:confirmStep")).click();
            assertThat(approver.waitFor(By.cssSelector("[id='stepForm:stepDialogContent'] .ui-message-error")).getText())
                    .contains("reason");
            assertThat(status(approver)).isEqualTo("Submitted for validation");
            approver.screenshot("workflow-reason-required");
            approver.driver().findElement(By.id("stepForm:cancelStep")).click();

            step(approver, "RETURN_TO_DRAFT", "Cite the 2026 policy in section 2");
            // The draft is its author's again: the approver is back in the inbox, where it no longer waits.
            assertThat(approver.waitFor(By.id("awaiting")).getText()).doesNotContain(title);

            admin.open("/library/inbox.xhtml");
            assertThat(admin.waitFor(By.id("mine")).getText()).contains(title).contains("Cite the 2026 policy in section 2");
            admin.driver().findElement(By.linkText(title)).click();
            assertThat(status(admin)).isEqualTo("Draft");
            assertThat(admin.driver().findElements(By.cssSelector("a[id$='edit-draft']"))).isNotEmpty();
            admin.screenshot("workflow-my-drafts");
        }
    }
}
