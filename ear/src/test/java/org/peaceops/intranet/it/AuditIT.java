package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrators' audit page over the lines the demo import wrote: filters by document, action,
 * actor and period, a CSV export of exactly the filtered lines, and a refusal (403) for anyone else.
 */
class AuditIT {

    private static final String SEED = "A New Partnership Agenda";

    private static List<List<String>> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='auditForm:lines_data'] > tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .filter(cells -> cells.size() >= 5).toList();
    }

    /** Waits for the table to show at least one row and every row to satisfy the condition. */
    private static List<List<String>> waitForRows(Browser browser, Predicate<List<String>> each) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<List<String>> rows = rows(browser);
                    return !rows.isEmpty() && rows.stream().allMatch(each) ? rows : null;
                });
    }

    /**
     * Puts a date in a date picker's text field (what it submits), without its calendar overlay: typing
     * opens the overlay, which then swallows the next click at random.
     */
    private static void typeDate(Browser browser, String id, String date) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, date);
    }

    private static void apply(Browser browser) {
        browser.driver().findElement(By.id("auditForm:apply")).click();
    }

    @Test
    void anAdministratorFiltersTheTrailAndExportsExactlyTheFilteredLines() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "demo");
            browser.open("/library/index.xhtml");
            browser.waitFor(By.partialLinkText(SEED)).click();
            browser.waitFor(By.id("document-facts"));
            String documentId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

            browser.open("/admin/audit.xhtml");
            waitForRows(browser, row -> true);
            browser.type("auditForm:document", documentId);
            // The list of actions is longer than its panel: chosen through the menu's own select element.
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("auditForm:action_input")))
                    .selectByValue("LIFECYCLE_TRANSITION");
            apply(browser);
            browser.screenshot("admin-audit-by-document");
            List<List<String>> transitions = waitForRows(browser,
                    row -> row.get(2).equals("LIFECYCLE_TRANSITION") && row.get(3).endsWith(" " + documentId));
            assertThat(transitions).as("submitted, approved, promulgated").hasSizeGreaterThanOrEqualTo(3);

            String actor = transitions.get(0).get(1);
            browser.type("auditForm:actor", actor);
            apply(browser);
            List<List<String>> byActor = waitForRows(browser, row -> row.get(1).equals(actor)
                    && row.get(2).equals("LIFECYCLE_TRANSITION"));
            browser.screenshot("admin-audit-filtered");

            String export = browser.driver().findElement(By.id("auditForm:export")).getAttribute("href");
            String cookie = browser.sessionCookie();
            HttpResponse<String> csv = ItEnvironment.get(export, "Cookie", cookie);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"audit-");
            List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
            assertThat(lines.get(0)).startsWith("\"id\",\"occurred_at_utc\",\"actor\",\"action\"");
            assertThat(lines.subList(1, lines.size())).hasSize(byActor.size())
                    .allMatch(l -> l.contains("\"LIFECYCLE_TRANSITION\",\"GUIDANCE_DOCUMENT\",\"" + documentId + "\""))
                    .allMatch(l -> l.contains(",\"" + actor + "\","));

            typeDate(browser, "auditForm:from_input", "2000-01-01");
            typeDate(browser, "auditForm:to_input", "2000-12-31");
            apply(browser);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("auditForm:lines")).getText().contains("No audit line matches"));

            typeDate(browser, "auditForm:from_input", "2000-12-31");
            typeDate(browser, "auditForm:to_input", "2000-01-01");
            apply(browser);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("messages")).getText().contains("The period ends before it starts"));
            browser.screenshot("admin-audit-bad-period");
        }
    }

    @Test
    void someoneWhoIsNotAnAdministratorIsRefusedThePageAndTheExport() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("approver", "demo");
            browser.open("/admin/audit.xhtml");
            assertThat(browser.waitFor(By.id("page-title")).getText()).contains("Access denied");
            assertThat(browser.driver().getPageSource()).doesNotContain("LIFECYCLE_TRANSITION");
            String cookie = browser.sessionCookie();
            HttpResponse<String> csv = ItEnvironment.get(ItEnvironment.appUrl() + "/admin/audit.csv", "Cookie", cookie);
            assertThat(csv.statusCode()).isEqualTo(403);
            assertThat(csv.body()).doesNotContain("LIFECYCLE_TRANSITION");
        }
    }
}
