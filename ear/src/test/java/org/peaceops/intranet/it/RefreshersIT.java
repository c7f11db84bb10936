package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Refreshers end to end, in the browser (default mode {@code automatic}): a trainer's course cites version 1
 * of a new SOP and the reader completes it; version 2 is promulgated: the course is on the out-of-date page
 * with v1 against v2 and the link to the text comparison, and the reader owes a refresher, waiting for the
 * updated course, nothing assigned yet; the trainer cites v2 and publishes: the reader's refresher is
 * assigned, due {@code intranet.training.refresher-days} (90) from today, and on their My training. Confirm
 * mode needs the server started with another setting: RefreshersTest and RefresherPersistenceTest cover it.
 */
class RefreshersIT {

    private static final String API = "/api/v1/documents";

    private static void click(Browser browser, By locator) {
        browser.waitFor(locator);
        browser.clickWhenStable(locator);
    }

    private static void submit(Browser browser, By locator) {
        WebElement element = browser.waitFor(locator);
        click(browser, locator);
        browser.waitUntilReplaced(element);
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(Browser browser, String path) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {redirect: 'manual', headers: {'Accept': 'application/json'}})"
                        + ".then(async r => done({status: r.status, text: await r.text()}));",
                ItEnvironment.appUrl() + path);
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }

    private static void step(ApiSession who, long id, String json) throws Exception {
        ok(who.json("POST", API + "/" + id + "/transitions", json));
    }

    /** The owed rows of this course, as the trainer's API gives them. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> owed(Browser trainer, String code) {
        Map<String, Object> answer = fetch(trainer, "/api/v1/training/refreshers?sort=SINCE&descending=true&max=500");
        assertThat(answer.get("status")).as((String) answer.get("text")).isEqualTo(200L);
        Map<String, Object> page = ApiSession.json((String) answer.get("text"));
        return ((List<Map<String, Object>>) page.get("rows")).stream().filter(r -> code.equals(r.get("courseCode"))).toList();
    }

    @Test
    void aRevisionFlagsTheCourseAndPublishingTheUpdatedCourseAssignsTheRefresherToThoseTrainedOnTheOldVersion()
            throws Exception {
        String stamp = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        String reference = "RF." + stamp + ItEnvironment.authMode().substring(0, 1).toUpperCase(java.util.Locale.ROOT);
        String sopTitle = "Refresher SOP " + reference;
        String code = "RF-" + stamp + "-" + ItEnvironment.authMode().toUpperCase(java.util.Locale.ROOT);

        ApiSession contributor = ApiSession.signIn("contributor");
        ApiSession approver = ApiSession.signIn("approver");
        HttpResponse<String> created = contributor.json("POST", API, "{\"type\":\"SOP\",\"referenceNumber\":\"" + reference
                + "\",\"titleEn\":\"" + sopTitle + "\",\"languages\":[\"en\"],\"owningOffice\":\"Policy and Best Practices"
                + " Service\",\"mission\":\"HQ\",\"classification\":\"INTERNAL\",\"themes\":[\"PLANNING\"]}");
        ok(created);
        long document = ApiSession.documentId(created.body());
        ok(contributor.put(API + "/" + document + "/versions/1/file?name=sop.txt", "text/plain",
                "Convoys move by day only.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        step(contributor, document, "{\"action\":\"SUBMIT\"}");
        step(approver, document, "{\"action\":\"APPROVE\",\"comment\":\"Fine\"}");
        step(approver, document, "{\"action\":\"PROMULGATE\"}");

        String readerName;
        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            reader.open("/training/index.xhtml");
            reader.waitFor(By.id("myTraining"));
            readerName = ((String) fetch(reader, "/api/v1/me").get("text")).replaceAll(".*\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        }

        long courseId;
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/index.xhtml");
            trainer.type(By.id("newCourse:code"), code);
            trainer.type(By.id("newCourse:titleEn"), "Convoy refresher " + code);
            submit(trainer, By.id("newCourse:create"));
            courseId = Long.parseLong(trainer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            trainer.type(By.id("addModule:moduleTitle"), "Convoys");
            submit(trainer, By.id("addModule:add"));
            trainer.type(By.id("addLesson:lessonTitle"), "When convoys move");
            trainer.waitFor(By.cssSelector("[id='addLesson:lessonHtml'] .ql-editor")).sendKeys("By day.");
            submit(trainer, By.id("addLesson:add"));
            cite(trainer, sopTitle);
            assertThat(trainer.waitFor(By.id("cited")).getText()).contains(reference).contains("version 1");
            submit(trainer, By.id("state:publish"));
            assertThat(trainer.waitFor(By.id("course-state")).getText()).contains("Published");
        }

        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            reader.open("/training/course.xhtml?id=" + courseId);
            click(reader, By.id("learnForm:markDone"));
            assertThat(reader.waitFor(By.id("learnForm:completed-notice")).getText()).contains("completed");
        }

        // Version 2 comes into force.
        step(contributor, document, "{\"action\":\"REVISE\"}");
        ok(contributor.put(API + "/" + document + "/versions/2/file?name=sop.txt", "text/plain",
                "Convoys move by day, escorted.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        step(contributor, document, "{\"action\":\"SUBMIT\"}");
        step(approver, document, "{\"action\":\"APPROVE\",\"comment\":\"Fine\"}");
        step(approver, document, "{\"action\":\"PROMULGATE\"}");

        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/index.xhtml");
            submit(trainer, By.id("out-of-date-link"));
            String row = "//*[@id='outOfDate:courses']//tr[contains(., '" + code + "')]";
            WebElement course = trainer.waitFor(By.xpath(row));
            assertThat(course.getText()).contains(reference).contains("cited v1").contains("in force v2");
            WebElement diff = trainer.driver().findElement(By.xpath(row + "//a[contains(@class, 'diff-link')]"));
            assertThat(diff.getAttribute("href")).endsWith("/library/diff.xhtml?doc=" + document + "&from=1&to=2");
            trainer.screenshot("refreshers-out-of-date");
            Map<String, Object> courses = fetch(trainer, "/api/v1/training/refreshers/courses?max=500");
            assertThat(courses.get("status")).isEqualTo(200L);
            assertThat((String) courses.get("text")).contains("\"code\":\"" + code + "\"").contains("\"inForceVersion\":2");

            submit(trainer, By.id("refreshers-link"));
            wait(trainer).until(ExpectedConditions.textToBePresentInElementLocated(By.id("refreshers:owed"), code));
            String owedRow = trainer.driver().findElement(By.xpath("//*[@id='refreshers:owed']//tr[contains(., '" + code + "')]"))
                    .getText();
            assertThat(owedRow).contains(readerName).contains("Waiting for the updated course").contains("v1");
            trainer.screenshot("refreshers-owed-waiting");
            List<Map<String, Object>> before = owed(trainer, code);
            assertThat(before).as("exactly the person trained on v1").singleElement().satisfies(r -> {
                assertThat(r.get("name")).isEqualTo(readerName);
                assertThat(r.get("citedVersion")).isEqualTo(1L);
                assertThat(r.get("revisedVersion")).isEqualTo(2L);
                assertThat(r.get("state")).isEqualTo("WAITING_FOR_COURSE");
                assertThat(r.get("dueDate")).isNull();
            });

            // The trainer updates the course to cite version 2 and publishes it.
            trainer.open("/training/manage/course.xhtml?id=" + courseId);
            submit(trainer, By.id("state:openDraft"));
            cite(trainer, sopTitle);
            assertThat(trainer.waitFor(By.id("cited")).getText()).contains("version 2");
            submit(trainer, By.id("state:publish"));
            assertThat(trainer.waitFor(By.id("course-state")).getText()).contains("Published").contains("v2");

            List<Map<String, Object>> after = owed(trainer, code);
            String due = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();
            assertThat(after).singleElement().satisfies(r -> {
                assertThat(r.get("state")).isEqualTo("ASSIGNED");
                assertThat(r.get("dueDate")).isIn(due, LocalDate.parse(due).minusDays(1).toString());
            });
            trainer.open("/training/manage/refreshers.xhtml");
            trainer.type(By.id("refreshers:mission"), "UNMISS");
            WebElement table = trainer.waitFor(By.id("refreshers:owed"));
            click(trainer, By.id("refreshers:filter"));
            trainer.waitUntilReplaced(table);
            wait(trainer).until(ExpectedConditions.textToBePresentInElementLocated(By.id("refreshers:owed"), code));
            assertThat(trainer.driver().findElement(By.xpath("//*[@id='refreshers:owed']//tr[contains(., '" + code + "')]"))
                    .getText()).contains("Assigned").contains((String) after.get(0).get("dueDate"));
            trainer.screenshot("refreshers-owed-assigned");
            trainer.open("/training/manage/out-of-date.xhtml");
            trainer.waitFor(By.id("outOfDate:courses"));
            assertThat(trainer.driver().findElement(By.id("outOfDate:courses")).getText())
                    .as("published again, the course is up to date").doesNotContain(code);
        }

        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            reader.open("/training/index.xhtml");
            assertThat(reader.waitFor(By.id("myTraining:assigned")).getText()).contains("Convoy refresher " + code);
            Map<String, Object> refused = fetch(reader, "/api/v1/training/refreshers");
            assertThat(refused.get("status")).as("for trainers only").isEqualTo(403L);
        }
    }

    /** Searches the SOP in the citation picker and cites the version it offers (the one in force). */
    private static void cite(Browser trainer, String title) {
        trainer.type(By.id("picker:guidanceQuery"), title);
        click(trainer, By.id("picker:search"));
        click(trainer, By.cssSelector(".choose-guidance"));
        trainer.waitFor(By.id("chosen-guidance"));
        submit(trainer, By.id("picker:cite"));
    }
}
