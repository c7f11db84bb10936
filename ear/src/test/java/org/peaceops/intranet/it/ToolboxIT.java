package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first Toolbox pages end to end: a contributor files an After Action Review from the form its
 * definition builds (a first submit missing required fields shows each problem beside its field and keeps
 * what was typed); the mission's Best Practices Officer finds it in the review queue, cannot return it
 * without a reason, and publishes it with a classification.
 */
class ToolboxIT {

    private static WebElement input(Browser browser, String fieldKey) {
        return browser.waitFor(By.cssSelector(".field-" + fieldKey + " input, .field-" + fieldKey + " textarea"));
    }

    private static void waitForText(Browser browser, By where, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    /** The queue's row of the report, found again after each full-page submit. */
    private static WebElement row(Browser browser, String title) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='queue:reports'] tbody tr")).stream()
                        .filter(r -> r.getText().contains(title)).findFirst().orElse(null));
    }

    @Test
    void aContributorFilesAnAfterActionReviewAndTheMissionsOfficerPublishesIt() {
        String title = "Convoy to Bor " + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        try (Browser contributor = new Browser()) {
            contributor.signIn("contributor", "demo");
            contributor.open("/toolbox/index.xhtml");
            String types = contributor.waitFor(By.id("report-types")).getText();
            assertThat(types).contains("After Action Review", "Survey of Practice", "End of Assignment Report",
                    "Handover Note");
            contributor.screenshot("toolbox-index-contributor");
            contributor.clickWhenStable(By.linkText("After Action Review"));
            waitForText(contributor, By.id("page-title"), "After Action Review");

            contributor.type("report:title", title);
            input(contributor, "event").sendKeys("Election support convoy to Bor");
            contributor.clickWhenStable(By.id("report:submit"));

            waitForText(contributor, By.id("messages"), "Fields to correct");
            assertThat(contributor.waitFor(By.cssSelector(".field-date .field-error")).getText()).isEqualTo("Date is required.");
            assertThat(contributor.waitFor(By.cssSelector(".field-whatHappened .field-error")).getText())
                    .isEqualTo("What happened is required.");
            assertThat(contributor.driver().findElements(By.cssSelector(".field-event .field-error"))).isEmpty();
            assertThat(input(contributor, "event").getAttribute("value")).isEqualTo("Election support convoy to Bor");
            assertThat(contributor.waitFor(By.id("report:title")).getAttribute("value")).isEqualTo(title);
            contributor.screenshot("toolbox-form-problems");

            // A date input takes keystrokes in the browser's locale: set the ISO value it submits instead.
            ((JavascriptExecutor) contributor.driver()).executeScript("arguments[0].value = '2026-11-14';",
                    input(contributor, "date"));
            input(contributor, "mission").sendKeys("not a mission");
            for (String key : new String[] {"whatWasPlanned", "whatHappened", "why", "whatWentWell", "whatToImprove"}) {
                input(contributor, key).sendKeys("Notes on " + key + " <script>alert(1)</script>");
            }
            contributor.clickWhenStable(By.id("report:submit"));
            waitForText(contributor, By.cssSelector(".field-mission .field-error"), "mission code");
            assertThat(input(contributor, "whatToImprove").getAttribute("value")).startsWith("Notes on whatToImprove");

            input(contributor, "mission").clear();
            input(contributor, "mission").sendKeys("UNMISS");
            contributor.clickWhenStable(By.id("report:submit"));
            waitForText(contributor, By.id("messages"), "was submitted to your mission’s Best Practices Officer");
            assertThat(contributor.driver().getCurrentUrl()).contains("/toolbox/index");
        }

        try (Browser officer = new Browser()) {
            officer.signIn("bpo", "demo");
            officer.open("/toolbox/index.xhtml");
            officer.clickWhenStable(By.id("review-link"));
            waitForText(officer, By.id("page-title"), "Reports to review");
            assertThat(row(officer, title).getText()).contains("After Action Review");
            officer.screenshot("toolbox-review-queue");

            row(officer, title).findElement(By.cssSelector("button[id$=':giveBack']")).click();
            waitForText(officer, By.id("messages"), "Say what the author should change");
            assertThat(row(officer, title)).isNotNull();

            new Select(row(officer, title).findElement(By.cssSelector("select[id$=':classification']")))
                    .selectByVisibleText("Internal");
            row(officer, title).findElement(By.cssSelector("button[id$=':publish']")).click();
            waitForText(officer, By.id("messages"), "is published");
            assertThat(officer.driver().findElements(By.cssSelector("[id='queue:reports'] tbody tr")))
                    .extracting(WebElement::getText).noneMatch(text -> text.contains(title));
        }
    }
}
