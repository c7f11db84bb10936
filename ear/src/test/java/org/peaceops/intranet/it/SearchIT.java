package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Full-text search over the demo guidance, in the browser and through the REST API: snippets highlight
 * the words found, facets narrow the results, pages page, and the MINUSCA-confidential report (the only
 * one mentioning Addis Ababa) is found by MINUSCA's reader only, its title suggested to them only.
 */
class SearchIT {

    private static final String CONFIDENTIAL_TITLE = "Multidimensional and Integrated Peace Operations";

    /** The indexer drains the outbox every few seconds after the demo import: wait for it. */
    static List<WebElement> searchUntilFound(Browser browser, String query) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            browser.open("/search/index.xhtml?" + query);
            browser.waitFor(By.id("page-title"));
            List<WebElement> hits = browser.driver().findElements(By.cssSelector("#hits li.hit"));
            if (!hits.isEmpty() || System.nanoTime() > deadline) {
                return hits;
            }
            sleep(2000);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void snippetsHighlightFacetsNarrowAndPagesPage() {
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            List<WebElement> hits = searchUntilFound(browser, "q=peacekeeping");
            assertThat(hits).hasSize(4);
            assertThat(browser.driver().findElements(By.cssSelector("#hits mark")))
                    .extracting(WebElement::getText).isNotEmpty()
                    // English stemming: "peacekeepers" in an extracted body is the same word as "peacekeeping".
                    .allMatch(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith("peacekeep"));
            assertThat(browser.driver().findElement(By.id("hits")).getText()).doesNotContain("<mark>");
            browser.screenshot("search-results");

            WebElement guidelines = browser.driver().findElement(By.cssSelector("#facet-type a .facet-label[data-value='GUIDELINES']"));
            assertThat(guidelines.findElement(By.xpath("following-sibling::span")).getText()).isEqualTo("2");
            guidelines.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("type=GUIDELINES"));
            List<WebElement> narrowed = browser.driver().findElements(By.cssSelector("#hits li.hit"));
            assertThat(narrowed).hasSize(2).allSatisfy(h -> assertThat(h.getText()).contains("Guidelines"));
            assertThat(browser.driver().findElement(By.id("result-count")).getText()).contains("2");
            browser.screenshot("search-facet-narrowed");

            browser.open("/search/index.xhtml?q=peacekeeping&size=3");
            String first = browser.waitFor(By.id("hits")).getText();
            browser.driver().findElement(By.id("page-next")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("page=1"));
            List<WebElement> second = browser.driver().findElements(By.cssSelector("#hits li.hit"));
            assertThat(second).hasSize(1);
            assertThat(first).doesNotContain(second.get(0).findElement(By.cssSelector(".hit-title")).getText());
            assertThat(browser.driver().findElement(By.id("result-count")).getText()).contains("4");
            browser.screenshot("search-page-2");
        }
    }

    @Test
    void anotherMissionsConfidentialDocumentIsNeverRevealed() {
        try (Browser browser = new Browser()) {
            browser.signIn("reader2", "demo");
            assertThat(searchUntilFound(browser, "q=addis")).hasSize(1);
            assertThat(browser.driver().findElement(By.id("hits")).getText()).contains(CONFIDENTIAL_TITLE);
        }
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            searchUntilFound(browser, "q=peacekeeping");
            browser.open("/search/index.xhtml?q=addis");
            assertThat(browser.waitFor(By.id("no-results")).getText()).contains("No document");
            browser.open("/search/index.xhtml?q=adis");
            browser.waitFor(By.id("page-title"));
            // A correction may come from the bodies this reader can read, never towards the hidden word.
            assertThat(browser.driver().findElements(By.id("did-you-mean"))).as("no correction to a hidden word")
                    .noneMatch(e -> e.getText().toLowerCase(java.util.Locale.ROOT).contains("addis"));
            browser.open("/search/index.xhtml?q=operations");
            browser.waitFor(By.id("page-title"));
            String page = browser.driver().getPageSource();
            assertThat(page).doesNotContain(CONFIDENTIAL_TITLE).doesNotContain("data-value=\"MINUSCA\"");
        }
    }

    @Test
    void titlesAreSuggestedAsYouTypeOnlyFromReadableDocuments() {
        try (Browser browser = new Browser()) {
            browser.signIn("reader2", "demo");
            searchUntilFound(browser, "q=addis");
            WebElement box = browser.waitFor(By.id("q_input"));
            box.sendKeys("multidim");
            // Each keystroke's answer re-renders the panel: read and click the suggestion afresh, not a stale copy.
            By suggestion = By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(suggestion).getText().startsWith(CONFIDENTIAL_TITLE));
            browser.screenshot("search-suggestions");
            browser.clickWhenStable(suggestion);
            assertThat(browser.waitFor(By.id("page-title")).getText()).startsWith(CONFIDENTIAL_TITLE);
        }
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            searchUntilFound(browser, "q=peacekeeping");
            WebElement box = browser.waitFor(By.id("q_input"));
            box.sendKeys("multidim");
            sleep(1500);
            assertThat(browser.driver().findElements(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")))
                    .isEmpty();
            box.sendKeys(" peace\n");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/search/index.xhtml"));
            assertThat(browser.waitFor(By.id("search-text")).getAttribute("value")).isEqualTo("multidim peace");
        }
    }

    @Test
    void anAdministratorReindexesEverythingAndSearchKeepsWorking() {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "demo");
            int before = searchUntilFound(browser, "q=peacekeeping").size();
            browser.open("/admin/search.xhtml");
            browser.waitFor(By.id("indexForm:reindex")).click();
            browser.waitFor(By.id("indexForm:confirm-yes")).click();
            assertThat(browser.waitFor(By.id("messages")).getText()).contains("Re-index requested");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("index-state"), "last full re-index finished"));
            assertThat(browser.driver().findElement(By.id("indexForm:bar")).getText()).contains("100%");
            browser.screenshot("search-admin-reindexed");
            assertThat(searchUntilFound(browser, "q=peacekeeping")).hasSize(before).isNotEmpty();
        }
    }

    private static HttpResponse<String> api(String path, String user) throws Exception {
        return ItEnvironment.get(ItEnvironment.appUrl() + "/api" + path, "Authorization",
                "Bearer " + ItEnvironment.accessToken(user), "Accept", "application/json");
    }

    @Test
    void theRestEndpointTrimsByTheTokensPermissions() throws Exception {
        String addis = "/v1/search?q=" + URLEncoder.encode("addis", StandardCharsets.UTF_8);
        HttpResponse<String> outsider = api(addis, "reader");
        if (!ItEnvironment.oidc()) {
            assertThat(outsider.statusCode()).as("demo mode accepts no tokens").isEqualTo(401);
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        HttpResponse<String> insider = api(addis, "reader2");
        while (!insider.body().contains("\"total\":1") && System.nanoTime() < deadline) {
            sleep(2000);
            insider = api(addis, "reader2");
        }
        assertThat(insider.statusCode()).isEqualTo(200);
        assertThat(insider.body()).contains("\"total\":1").contains(CONFIDENTIAL_TITLE).contains("<mark>")
                .contains("\"mission\":[{\"count\":1,\"value\":\"MINUSCA\"}]");
        outsider = api(addis, "reader");
        assertThat(outsider.statusCode()).isEqualTo(200);
        assertThat(outsider.body()).contains("\"total\":0").doesNotContain(CONFIDENTIAL_TITLE).doesNotContain("MINUSCA");
        HttpResponse<String> suggestions = api("/v1/search/suggestions?q=multidim", "reader");
        assertThat(suggestions.statusCode()).isEqualTo(200);
        assertThat(suggestions.body()).isEqualTo("[]");
        HttpResponse<String> bad = api("/v1/search?q=x&size=5000", "reader");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("size from 1 to 100");
    }
}
