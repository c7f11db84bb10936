package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.intranet.it.ToolboxIT.waitForText;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chain lesson, recommendation, guidance, training, navigable both ways: a contributor files an
 * After Action Review with two recommendations and the mission's officer publishes it; one recommendation
 * becomes a guidance drafting request by that officer (who decides and, as the mission's main
 * contributor, drafts), the other is linked to that guidance through the picker by the officer; the draft is given its file, submitted,
 * approved by another person and promulgated; its page lists the lessons behind it; a trainer publishes
 * a course citing that version and a reader completes it; the report page shows, under the
 * recommendation, the promulgated guidance and the course with its completion.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class ToolboxChainIT {

    private static final String API = "/api/v1/documents";

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }

    /** The report page's row of a recommendation, by what it says, found again after each full-page step. */
    private static WebElement recRow(Browser browser, String text) {
        return wait(browser).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='chainForm:recommendations'] tbody tr")).stream()
                        .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }

    private static void step(ApiSession who, long id, String json) throws Exception {
        ok(who.json("POST", API + "/" + id + "/transitions", json));
    }

    @Test
    void aRecommendationBecomesGuidanceThatACourseTeachesAndEachSideShowsTheOther() throws Exception {
        String stamp = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        String title = "Chain patrol " + stamp;
        String first = "Brief interpreters before every night patrol.";
        String second = "Carry a satellite phone on every patrol.";
        try (Browser contributor = new Browser()) {
            contributor.signIn("contributor", "demo");
            ToolboxIT.fileWithTwoRecommendations(contributor, title);
        }

        String reportPath;
        try (Browser officer = new Browser()) {
            officer.signIn("bpo", "demo");
            officer.open("/toolbox/review.xhtml");
            String href = ToolboxIT.row(officer, title).findElement(By.cssSelector("a.report-title")).getAttribute("href");
            reportPath = href.substring(href.indexOf("/toolbox/report.xhtml"));
            new Select(ToolboxIT.row(officer, title).findElement(By.cssSelector("select[id$=':classification']")))
                    .selectByVisibleText("Internal");
            ToolboxIT.row(officer, title).findElement(By.cssSelector("button[id$=':publish']")).click();
            waitForText(officer, By.id("messages"), "is published");

            // The officer is a contributor too (the main one, DOMAIN.md): both the drafting request and the
            // link to existing guidance are offered.
            officer.open(reportPath);
            waitForText(officer, By.id("page-title"), title);
            assertThat(recRow(officer, first).getText()).contains("No guidance yet.");
            assertThat(recRow(officer, first).findElements(By.cssSelector("button.link-guidance"))).hasSize(1);
            assertThat(recRow(officer, first).findElements(By.cssSelector("button.request-draft"))).hasSize(1);
        }

        long documentId;
        String reference;
        try (Browser officer = new Browser()) {
            officer.signIn("bpo", "demo");
            officer.open(reportPath);
            waitForText(officer, By.id("page-title"), title);
            recRow(officer, first).findElement(By.cssSelector("button.request-draft")).click();
            WebElement titleInput = officer.waitFor(By.id("draftForm:title"));
            wait(officer).until(ExpectedConditions.visibilityOf(titleInput));
            assertThat(titleInput.getAttribute("value")).isEqualTo(first);
            assertThat(officer.waitFor(By.id("draftForm:summary")).getAttribute("value")).contains(title, "UNMISS", first);
            assertThat(officer.waitFor(By.id("draftForm:office")).getAttribute("value")).isEqualTo("Civil Affairs");
            reference = officer.waitFor(By.id("draftForm:reference")).getAttribute("value");
            assertThat(reference).startsWith("BP-");
            officer.tick("draftForm:themes", "Gender");
            officer.screenshot("toolbox-chain-drafting-request");
            officer.clickWhenStable(By.id("draftForm:confirmDraft"));
            waitForText(officer, By.id("messages"), "is started and linked to the recommendation");
            WebElement link = recRow(officer, first).findElement(By.cssSelector("a.rec-guidance-link"));
            assertThat(link.getText()).contains(reference, "v1", first);
            assertThat(recRow(officer, first).findElement(By.cssSelector(".rec-guidance-status")).getText()).isEqualTo("Draft");
            assertThat(recRow(officer, first).getText()).contains("Accepted", "drafted from this recommendation");
            documentId = Long.parseLong(link.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1"));
            // Drafted once: the request is no longer offered for it.
            assertThat(recRow(officer, first).findElements(By.cssSelector("button.request-draft"))).isEmpty();
        }

        ApiSession author = ApiSession.signIn("bpo");
        ApiSession approver = ApiSession.signIn("approver");
        ok(author.put(API + "/" + documentId + "/versions/1/file?name=briefing.txt", "text/plain",
                "Interpreters are briefed before every night patrol.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        step(author, documentId, "{\"action\":\"SUBMIT\"}");
        step(approver, documentId, "{\"action\":\"APPROVE\",\"comment\":\"From a lesson, fine\"}");
        step(approver, documentId, "{\"action\":\"PROMULGATE\"}");

        try (Browser officer = new Browser()) {
            officer.signIn("bpo", "demo");
            officer.open(reportPath);
            recRow(officer, second).findElement(By.cssSelector("button.link-guidance")).click();
            WebElement picker = officer.waitFor(By.id("linkForm:guidance_input"));
            wait(officer).until(ExpectedConditions.visibilityOf(picker));
            picker.sendKeys(reference);
            WebElement item = wait(officer).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='linkForm:guidance_panel'] .ui-autocomplete-item")));
            assertThat(item.getText()).contains(reference, "v1");
            item.click();
            officer.clickWhenStable(By.id("linkForm:confirmLink"));
            waitForText(officer, By.id("messages"), "The recommendation is linked to");
            assertThat(recRow(officer, second).getText()).contains(reference, "Promulgated", "linked to existing guidance");
            assertThat(recRow(officer, first).findElement(By.cssSelector(".rec-guidance-status")).getText())
                    .isEqualTo("Promulgated");
        }

        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            reader.open("/library/document.xhtml?id=" + documentId);
            WebElement lessons = reader.waitFor(By.id("lessons-behind"));
            assertThat(lessons.getText()).contains("Lessons behind this guidance", title, first, second);
            List<WebElement> lessonLinks = lessons.findElements(By.cssSelector("a.lesson-report"));
            assertThat(lessonLinks).hasSize(2);
            assertThat(lessonLinks.get(0).getAttribute("href")).endsWith(reportPath);
            ((org.openqa.selenium.JavascriptExecutor) reader.driver()).executeScript("arguments[0].scrollIntoView()", lessons);
            reader.screenshot("toolbox-chain-lessons-behind");
        }

        String code = ("CH-" + stamp + "-" + ItEnvironment.authMode()).toUpperCase(java.util.Locale.ROOT);
        long courseId;
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/index.xhtml");
            trainer.type(By.id("newCourse:code"), code);
            trainer.type(By.id("newCourse:titleEn"), "Night patrols " + code);
            trainer.submit(By.id("newCourse:create"));
            courseId = Long.parseLong(trainer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            trainer.type(By.id("addModule:moduleTitle"), "Patrols");
            trainer.submit(By.id("addModule:add"));
            trainer.type(By.id("addLesson:lessonTitle"), "Before the patrol");
            trainer.waitFor(By.cssSelector("[id='addLesson:lessonHtml'] .ql-editor")).sendKeys("Brief the interpreters.");
            trainer.submit(By.id("addLesson:add"));
            trainer.type(By.id("picker:guidanceQuery"), reference);
            trainer.click(By.id("picker:search"));
            trainer.click(By.cssSelector(".choose-guidance"));
            trainer.waitFor(By.id("chosen-guidance"));
            trainer.submit(By.id("picker:cite"));
            assertThat(trainer.waitFor(By.id("cited")).getText()).contains(reference).contains("version 1");
            trainer.submit(By.id("state:publish"));
            assertThat(trainer.waitFor(By.id("course-state")).getText()).contains("Published");
        }

        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            reader.open(reportPath);
            assertThat(recRow(reader, first).findElement(By.cssSelector(".rec-course")).getText())
                    .contains(code, "people who completed it: 0");
            reader.open("/training/course.xhtml?id=" + courseId);
            reader.click(By.id("learnForm:markDone"));
            assertThat(reader.waitFor(By.id("learnForm:completed-notice")).getText()).contains("completed");

            reader.open(reportPath);
            waitForText(reader, By.id("page-title"), title);
            WebElement row = recRow(reader, first);
            assertThat(row.findElement(By.cssSelector(".rec-guidance-status")).getText()).isEqualTo("Promulgated");
            assertThat(row.findElement(By.cssSelector(".rec-course")).getText())
                    .contains(code, "Night patrols " + code, "people who completed it: 1");
            assertThat(row.findElements(By.cssSelector("button"))).as("a reader only reads").isEmpty();
            ((org.openqa.selenium.JavascriptExecutor) reader.driver()).executeScript("arguments[0].scrollIntoView()", row);
            reader.screenshot("toolbox-chain-report");

            // The same chain over REST, with the reader's permissions.
            String reportId = reportPath.replaceAll(".*[?&]id=(\\d+).*", "$1");
            java.util.Map<String, Object> report = reader.call("GET", "/api/v1/toolbox/reports/" + reportId, null);
            assertThat(report.get("status")).isEqualTo(200L);
            java.util.Map<String, Object> json = ApiSession.json((String) report.get("text"));
            List<?> recommendations = (List<?>) json.get("recommendations");
            java.util.Map<?, ?> led = (java.util.Map<?, ?>) recommendations.get(0);
            assertThat(led.get("text")).isEqualTo(first);
            java.util.Map<?, ?> guidance = (java.util.Map<?, ?>) led.get("guidance");
            assertThat(guidance.get("documentId")).isEqualTo(documentId);
            assertThat(guidance.get("status")).isEqualTo("PROMULGATED");
            assertThat(guidance.get("origin")).isEqualTo("DRAFTING_REQUEST");
            assertThat((List<?>) led.get("courses")).singleElement().satisfies(c -> {
                assertThat(((java.util.Map<?, ?>) c).get("code")).isEqualTo(code);
                assertThat(((java.util.Map<?, ?>) c).get("completions")).isEqualTo(1L);
            });
            java.util.Map<String, Object> lessons = reader.call("GET", "/api/v1/toolbox/guidance/" + documentId + "/lessons",
                    null);
            assertThat(lessons.get("status")).isEqualTo(200L);
            assertThat((String) lessons.get("text")).contains(title, first, second);
            java.util.Map<String, Object> board = reader.call("GET", "/api/v1/toolbox/recommendations?office=Civil+Affairs",
                    null);
            assertThat((String) board.get("text")).contains(first);
            java.util.Map<?, ?> other = (java.util.Map<?, ?>) recommendations.get(1);
            java.util.Map<String, Object> refused = reader.call("POST", "/api/v1/toolbox/recommendations/"
                    + other.get("id") + "/decisions", "{\"action\":\"IMPLEMENT\",\"seenVersion\":"
                    + other.get("rowVersion") + ",\"note\":\"Done\"}");
            assertThat(refused.get("status")).as("a reader does not decide").isEqualTo(403L);
        }

        try (Browser officer = new Browser()) {
            officer.signIn("bpo", "demo");
            String reportId = reportPath.replaceAll(".*[?&]id=(\\d+).*", "$1");
            java.util.Map<?, ?> other = (java.util.Map<?, ?>) ((List<?>) ApiSession.json((String) officer.call("GET",
                    "/api/v1/toolbox/reports/" + reportId, null).get("text")).get("recommendations")).get(1);
            String path = "/api/v1/toolbox/recommendations/" + other.get("id") + "/decisions";
            long seen = (Long) other.get("rowVersion");
            java.util.Map<String, Object> stale = officer.call("POST", path,
                    "{\"action\":\"IMPLEMENT\",\"seenVersion\":" + (seen - 1) + ",\"note\":\"Phones issued\"}");
            assertThat(stale.get("status")).as("a stale row version").isEqualTo(409L);
            java.util.Map<String, Object> done = officer.call("POST", path,
                    "{\"action\":\"IMPLEMENT\",\"seenVersion\":" + seen + ",\"note\":\"Phones issued\"}");
            assertThat(done.get("status")).as((String) done.get("text")).isEqualTo(204L);
            java.util.Map<String, Object> twice = officer.call("POST", "/api/v1/toolbox/recommendations/" + other.get("id")
                    + "/guidance", "{\"origin\":\"EXISTING_GUIDANCE\",\"seenVersion\":" + (seen + 1)
                    + ",\"documentId\":" + documentId + ",\"versionNumber\":1}");
            assertThat(twice.get("status")).as("already linked to that version").isEqualTo(400L);
        }
    }
}
