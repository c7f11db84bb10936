package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
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
 * without a reason, and publishes it with a classification. A published report is then found by search
 * like guidance, in its mission only.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class ToolboxIT {

    private static WebElement input(Browser browser, String fieldKey) {
        return browser.waitFor(By.cssSelector(".field-" + fieldKey + " input, .field-" + fieldKey + " textarea"));
    }

    static void waitForText(Browser browser, By where, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    /** The queue's row of the report, found again after each full-page submit. */
    static WebElement row(Browser browser, String title) {
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
            assertThat(contributor.driver().getCurrentUrl()).contains("/toolbox/mine");
            assertThat(contributor.driver().findElement(By.id("mine:reports")).getText()).contains(title);
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

    private static void setDate(Browser browser, WebElement dateInput, String iso) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", dateInput, iso);
    }

    /** Files a complete After Action Review with two recommendations, the second one already overdue. */
    static void fileWithTwoRecommendations(Browser contributor, String title) {
        contributor.open("/toolbox/file.xhtml?type=AFTER_ACTION_REVIEW");
        waitForText(contributor, By.id("page-title"), "After Action Review");
        contributor.type("report:title", title);
        input(contributor, "event").sendKeys("Night patrol to the protection site");
        setDate(contributor, input(contributor, "date"), "2026-11-20");
        input(contributor, "mission").sendKeys("UNMISS");
        for (String key : new String[] {"whatWasPlanned", "whatHappened", "why", "whatWentWell", "whatToImprove"}) {
            input(contributor, key).sendKeys("Patrol notes on " + key);
        }
        contributor.type(By.cssSelector(".rec-1 textarea"), "Brief interpreters before every night patrol.");
        contributor.type(By.cssSelector(".rec-1 input[id$='recOffice']"), "Civil Affairs");
        new Select(contributor.waitFor(By.cssSelector(".rec-1 select"))).selectByVisibleText("High");
        setDate(contributor, contributor.waitFor(By.cssSelector(".rec-1 input[id$='recDue']")), "2027-06-30");
        contributor.type(By.cssSelector(".rec-2 textarea"), "Carry a satellite phone on every patrol.");
        // the office is missing at first: the form says so beside it and keeps both recommendations
        setDate(contributor, contributor.waitFor(By.cssSelector(".rec-2 input[id$='recDue']")), "2026-11-30");
        contributor.clickWhenStable(By.id("report:submit"));
        waitForText(contributor, By.cssSelector(".rec-2"), "Name the office");
        assertThat(contributor.waitFor(By.cssSelector(".rec-1 textarea")).getAttribute("value"))
                .isEqualTo("Brief interpreters before every night patrol.");
        contributor.type(By.cssSelector(".rec-2 input[id$='recOffice']"), "Communications and IT");
        contributor.screenshot("toolbox-form-recommendations");
        contributor.clickWhenStable(By.id("report:submit"));
        waitForText(contributor, By.id("messages"), "was submitted to your mission’s Best Practices Officer");
    }

    @Test
    void aPublishedReportIsReadInItsMissionWithItsRecommendationsAndIsNotFoundInAnother() {
        String title = "Night patrol " + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        try (Browser contributor = new Browser()) {
            contributor.signIn("contributor", "demo");
            fileWithTwoRecommendations(contributor, title);
        }

        String reportPath;
        try (Browser officer = new Browser()) {
            officer.signIn("bpo", "demo");
            officer.open("/toolbox/review.xhtml");
            String href = row(officer, title).findElement(By.cssSelector("a.report-title")).getAttribute("href");
            reportPath = href.substring(href.indexOf("/toolbox/report.xhtml"));
            new Select(row(officer, title).findElement(By.cssSelector("select[id$=':classification']")))
                    .selectByVisibleText("Confidential");
            row(officer, title).findElement(By.cssSelector("button[id$=':publish']")).click();
            waitForText(officer, By.id("messages"), "is published");
        }

        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            reader.open(reportPath);
            waitForText(reader, By.id("page-title"), title);
            assertThat(reader.waitFor(By.id("report-status")).getText()).isEqualTo("Published");
            assertThat(reader.waitFor(By.id("report-classification")).getText()).isEqualTo("Confidential");
            assertThat(reader.waitFor(By.cssSelector(".value-whatHappened")).getText())
                    .isEqualTo("Patrol notes on whatHappened");
            assertThat(reader.waitFor(By.cssSelector(".value-event")).getText())
                    .isEqualTo("Night patrol to the protection site");
            java.util.List<String> recs = reader.driver().findElements(By.cssSelector("[id$='recommendations'] tbody tr"))
                    .stream().map(WebElement::getText).toList();
            assertThat(recs).hasSize(2);
            assertThat(recs.get(0)).contains("Brief interpreters", "Civil Affairs", "High", "2027-06-30", "Open");
            assertThat(recs.get(1)).contains("satellite phone", "Communications and IT", "Medium", "Overdue", "Open");
            reader.screenshot("toolbox-report-reader");
        }

        try (Browser otherMission = new Browser()) {
            otherMission.signIn("reader2", "demo");
            otherMission.open(reportPath);
            waitForText(otherMission, By.id("page-title"), "Report not found");
            assertThat(otherMission.driver().getPageSource()).doesNotContain(title).doesNotContain("satellite phone");
            otherMission.screenshot("toolbox-report-other-mission");
            otherMission.open("/toolbox/recommendations.xhtml");
            waitForText(otherMission, By.id("page-title"), "Recommendations board");
            assertThat(otherMission.driver().getPageSource()).doesNotContain(title);
        }

        try (Browser officer = new Browser(); Browser second = new Browser()) {
            officer.signIn("bpo", "demo");
            second.signIn("bpo", "demo");
            for (Browser b : new Browser[] {officer, second}) {
                b.open("/toolbox/recommendations.xhtml");
                waitForText(b, By.id("page-title"), "Recommendations board");
                b.type("board:office", "Civil Affairs");
                b.clickWhenStable(By.id("board:apply"));
                assertThat(boardRow(b, title).getText()).contains("Brief interpreters", "Open");
            }
            officer.screenshot("toolbox-board");
            boardRow(officer, title).findElement(By.cssSelector("button.accept")).click();
            waitForText(officer, By.id("messages"), "The recommendation is accepted.");
            assertThat(boardRow(officer, title).getText()).contains("Accepted");

            // the second officer still sees it open: their rejection names the version they saw, and is refused
            boardRow(second, title).findElement(By.cssSelector("input[id$=':note']")).sendKeys("Not feasible.");
            boardRow(second, title).findElement(By.cssSelector("button.reject")).click();
            waitForText(second, By.id("messages"), "Someone else acted on this recommendation a moment ago");
            assertThat(boardRow(second, title).getText()).contains("Accepted").doesNotContain("Rejected");

            officer.clickWhenStable(By.id("view-overdue"));
            waitForText(officer, By.id("page-title"), "Overdue recommendations");
            officer.type("board:office", "Communications and IT");
            officer.clickWhenStable(By.id("board:apply"));
            assertThat(boardRow(officer, title).getText()).contains("satellite phone", "Overdue");
            assertThat(officer.driver().findElements(By.cssSelector("[id='board:recs'] tbody tr")))
                    .extracting(WebElement::getText).noneMatch(t -> t.contains("Brief interpreters") && t.contains(title));
            officer.screenshot("toolbox-board-overdue");
        }
    }

    @Test
    void aPublishedReportIsSearchedLikeGuidanceAndStaysInvisibleToAnotherMission() throws Exception {
        String word = "ckpt" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        String title = "Checkpoint " + word;
        try (Browser contributor = new Browser()) {
            contributor.signIn("contributor", "demo");
            fileWithTwoRecommendations(contributor, title);
        }
        String reportPath;
        try (Browser officer = new Browser()) {
            officer.signIn("bpo", "demo");
            officer.open("/toolbox/review.xhtml");
            String href = row(officer, title).findElement(By.cssSelector("a.report-title")).getAttribute("href");
            reportPath = href.substring(href.indexOf("/toolbox/report.xhtml"));
            new Select(row(officer, title).findElement(By.cssSelector("select[id$=':classification']")))
                    .selectByVisibleText("Confidential");
            row(officer, title).findElement(By.cssSelector("button[id$=':publish']")).click();
            waitForText(officer, By.id("messages"), "is published");
        }
        String reportId = reportPath.substring(reportPath.indexOf("id=") + 3);

        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            java.util.List<WebElement> hits = SearchIT.searchUntilFound(reader, "q=" + word);
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).getText()).contains(title, "Toolbox report", "After Action Review", "UNMISS", "Confidential");
            assertThat(hits.get(0).findElement(By.cssSelector(".snippet")).getText()).isNotBlank();
            assertThat(hits.get(0).findElement(By.cssSelector("a.hit-title")).getAttribute("href")).endsWith(reportPath);
            assertThat(reader.waitFor(By.cssSelector("#facet-type .facet-label[data-value='AFTER_ACTION_REVIEW']")).getText())
                    .isEqualTo("After Action Review");
            reader.screenshot("search-toolbox-report");
            hits.get(0).findElement(By.cssSelector("a.hit-title")).click();
            waitForText(reader, By.id("page-title"), title);
        }

        ApiSession reader = ApiSession.signIn("reader");
        assertThat(reader.get("/api/v1/search?q=" + word).body()).contains("\"total\":1", "Checkpoint", "\"report\":true");
        assertThat(reader.get("/api/v1/search/suggestions?q=checkpoint%20" + word).body()).contains(title);

        try (Browser otherMission = new Browser()) {
            otherMission.signIn("reader2", "demo");
            otherMission.open("/search/index.xhtml?q=" + word);
            assertThat(otherMission.waitFor(By.id("no-results")).getText()).contains("No document");
            assertThat(otherMission.driver().getPageSource()).doesNotContain(title);
        }
        ApiSession outsider = ApiSession.signIn("reader2");
        assertThat(outsider.get("/api/v1/search?q=" + word).body()).contains("\"total\":0").doesNotContain("Checkpoint");
        assertThat(outsider.get("/api/v1/search/suggestions?q=checkpoint%20" + word).body()).isEqualTo("[]");
        assertThat(outsider.get("/api/v1/toolbox/reports/" + reportId).statusCode()).isEqualTo(404);
        assertThat(reader.get("/api/v1/toolbox/reports/" + reportId).statusCode()).isEqualTo(200);
    }

    @Test
    void theTrendsPageCountsPublishedReportsForOfficersAndExportsThemAsCsvAndPdf() throws Exception {
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        try (Browser officer = new Browser()) {
            officer.signIn("bpo", "demo");
            officer.open("/toolbox/index.xhtml");
            officer.clickWhenStable(By.id("trends-link"));
            waitForText(officer, By.id("page-title"), "Trends analysis");
            // the demo reports (published at start-up) are among them
            waitForText(officer, By.id("trend-total"), "published reports you may open");
            assertThat(officer.waitFor(By.id("by-type")).getText()).contains("After Action Review");
            assertThat(officer.waitFor(By.id("by-mission")).getText()).contains("UNMISS");
            assertThat(officer.driver().findElements(By.cssSelector("#terms li"))).isNotEmpty();
            assertThat(officer.waitFor(By.id("per-month")).getText()).contains(month);
            officer.screenshot("toolbox-trends");
        }
        ApiSession officer = ApiSession.signIn("bpo");
        java.net.http.HttpResponse<String> csv = officer.get("/toolbox/trends-export?format=csv&from=" + month + "&to=" + month);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("Reports published per month", month, "After Action Review", "UNMISS");
        java.net.http.HttpResponse<String> pdf = officer.get("/toolbox/trends-export?format=pdf&from=" + month + "&to=" + month);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        java.net.http.HttpResponse<String> api = officer.get("/api/v1/toolbox/trends?from=" + month + "&to=" + month);
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"perMonthByType\"", "AFTER_ACTION_REVIEW", "\"frequentTerms\"");
        assertThat(ApiSession.signIn("reader").get("/api/v1/toolbox/trends").statusCode()).isEqualTo(403);
    }

    /** The board's row of a recommendation of the report, found again after each full-page step. */
    private static WebElement boardRow(Browser browser, String title) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='board:recs'] tbody tr")).stream()
                        .filter(r -> r.getText().contains(title)).findFirst().orElse(null));
    }

    /** The row of a report in the contributor's list, found again after each full-page step. */
    private static WebElement mine(Browser browser, String title) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='mine:reports'] tbody tr")).stream()
                        .filter(r -> r.getText().contains(title)).findFirst().orElse(null));
    }

    @Test
    void aReturnedReportShowsTheReasonInMyReportsAndIsRevisedAndResubmittedWithWhatItSaid() {
        String title = "Water point " + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        try (Browser contributor = new Browser()) {
            contributor.signIn("contributor", "demo");
            fileWithTwoRecommendations(contributor, title);

            try (Browser officer = new Browser()) {
                officer.signIn("bpo", "demo");
                officer.open("/toolbox/review.xhtml");
                row(officer, title).findElement(By.cssSelector("input[id$=':reason']"))
                        .sendKeys("Say which county authorities were informed.");
                row(officer, title).findElement(By.cssSelector("button[id$=':giveBack']")).click();
                waitForText(officer, By.id("messages"), "was returned to its author");
            }

            contributor.open("/toolbox/index.xhtml");
            contributor.clickWhenStable(By.id("mine-link"));
            waitForText(contributor, By.id("page-title"), "My reports");
            assertThat(mine(contributor, title).getText()).contains("Returned", "Say which county authorities were informed.");
            contributor.screenshot("toolbox-mine-returned");
            mine(contributor, title).findElement(By.cssSelector("a.revise-link")).click();

            waitForText(contributor, By.id("return-reason"), "Say which county authorities were informed.");
            assertThat(contributor.waitFor(By.id("report:title")).getAttribute("value")).isEqualTo(title);
            assertThat(input(contributor, "whatHappened").getAttribute("value")).isEqualTo("Patrol notes on whatHappened");
            assertThat(contributor.waitFor(By.cssSelector(".rec-2 input[id$='recOffice']")).getAttribute("value"))
                    .isEqualTo("Communications and IT");
            input(contributor, "whatToImprove").sendKeys(" The county commissioner was informed the day before.");
            contributor.clickWhenStable(By.id("report:submit"));

            waitForText(contributor, By.id("page-title"), "My reports");
            assertThat(mine(contributor, title).getText()).contains("Submitted").doesNotContain("Revise");
        }
    }
}
