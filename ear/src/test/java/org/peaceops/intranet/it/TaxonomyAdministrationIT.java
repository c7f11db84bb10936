package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator adds a thematic area, renames it in both languages and retires it after confirming;
 * a bad code is refused with a message. Retired themes stop being offered to authors.
 */
class TaxonomyAdministrationIT {

    private static String table(Browser browser) {
        return browser.waitFor(By.id("taxonomyForm:entries")).getText();
    }

    private static void waitForText(Browser browser, String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    /** The row of the table holding {@code code}, found again whenever an update replaced the table. */
    private static WebElement row(Browser browser, String code) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='taxonomyForm:entries'] tbody tr")).stream()
                        .filter(r -> r.getText().contains(code)).findFirst().orElse(null));
    }

    @Test
    void anAdministratorAddsRenamesAndRetiresAThematicArea() {
        String code = "IT_THEME_" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "demo");
            browser.open("/admin/thematic-areas.xhtml");
            assertThat(table(browser)).contains("PROTECTION_OF_CIVILIANS").contains("Protection des civils");

            browser.type("taxonomyForm:newCode", "not a code");
            browser.type("taxonomyForm:newNameEn", "Mine action");
            browser.type("taxonomyForm:newNameFr", "Action contre les mines");
            browser.driver().findElement(By.id("taxonomyForm:addEntry")).click();
            waitForText(browser, "messages", "capital letters");

            browser.type("taxonomyForm:newCode", code);
            browser.driver().findElement(By.id("taxonomyForm:addEntry")).click();
            waitForText(browser, "taxonomyForm:entries", code);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> row(browser, code).getText().contains("Mine action") && row(browser, code).getText().contains("Offered"));

            row(browser, code).findElement(By.cssSelector("button[id$=':rename']")).click();
            browser.type("taxonomyForm:editedNameEn", "Mine action and explosive hazards");
            browser.type("taxonomyForm:editedNameFr", "Action contre les mines et engins explosifs");
            browser.driver().findElement(By.id("taxonomyForm:confirmRename")).click();
            waitForText(browser, "taxonomyForm:entries", "Mine action and explosive hazards");

            row(browser, code).findElement(By.cssSelector("button[id$=':toggle']")).click();
            assertThat(browser.waitFor(By.id("toggle-question")).getText()).contains(code);
            browser.driver().findElement(By.id("taxonomyForm:confirmToggle")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> row(browser, code).getText().contains("Retired"));
            browser.screenshot("taxonomy-themes");

            browser.open("/library/edit.xhtml");
            assertThat(browser.waitFor(By.id("editForm:themes")).getText()).contains("Gender")
                    .doesNotContain("Mine action");
        }
    }
}
