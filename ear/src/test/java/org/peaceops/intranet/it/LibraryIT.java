package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The library over the demo guidance (the five seed reports, imported at start-up through the author
 * and approver services): lists, searches, opens a document with its history, and leaves out what the
 * reader's mission may not see, counts included.
 */
class LibraryIT {

    private static final String CONFIDENTIAL_TITLE = "Multidimensional and Integrated Peace Operations";

    private static String table(Browser browser) {
        return browser.waitFor(By.id("libraryForm:documents")).getText();
    }

    @Test
    void aReaderSeesTheGuidanceOfTheirScopeButNotAnotherMissionsConfidentialDocument() {
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            browser.open("/library/index.xhtml");
            assertThat(table(browser)).contains("Peacekeeping Best Practices (A/62/593)")
                    .contains("A New Partnership Agenda").contains("Promulgated")
                    .doesNotContain(CONFIDENTIAL_TITLE);
            browser.screenshot("library-reader");
        }
    }

    @Test
    void theMissionsOwnReaderSeesItsConfidentialDocument() {
        try (Browser browser = new Browser()) {
            browser.signIn("reader2", "demo");
            browser.open("/library/index.xhtml");
            assertThat(table(browser)).contains(CONFIDENTIAL_TITLE).contains("Confidential");
        }
    }

    @Test
    void aDocumentShowsItsCatalogueVersionAndHistory() {
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            browser.open("/library/index.xhtml?q=partnership");
            assertThat(table(browser)).contains("A New Partnership Agenda").doesNotContain("A/62/593");
            browser.driver().findElement(By.linkText("A New Partnership Agenda: Charting a New Horizon for UN Peacekeeping"))
                    .click();
            assertThat(browser.waitFor(By.id("page-title")).getText()).startsWith("A New Partnership Agenda");
            assertThat(browser.driver().findElement(By.id("document-status")).getText()).isEqualTo("Promulgated");
            assertThat(browser.driver().findElement(By.id("history")).getText())
                    .contains("Draft → Submitted for validation").contains("Approved → Promulgated");
            assertThat(browser.driver().findElement(By.id("versions")).getText()).contains("2009-07-01");
            browser.screenshot("document-page");
        }
    }

    @Test
    void anotherMissionsConfidentialDocumentCannotBeOpenedByAddress() {
        long id;
        try (Browser browser = new Browser()) {
            browser.signIn("reader2", "demo");
            browser.open("/library/index.xhtml");
            browser.driver().findElement(By.partialLinkText(CONFIDENTIAL_TITLE)).click();
            browser.waitFor(By.id("document-facts"));
            String url = browser.driver().getCurrentUrl();
            id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        }
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            browser.open("/library/document.xhtml?id=" + id);
            assertThat(browser.waitFor(By.id("document-missing")).getText()).contains("no document");
            assertThat(browser.driver().getPageSource()).doesNotContain(CONFIDENTIAL_TITLE);
        }
    }
}
