package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Training end to end, in the browser: a trainer creates a course citing a guidance version, publishes
 * it and assigns it by rule (everyone in UNMISS); the reader goes through the lessons and passes the
 * quiz, gets the certificate, which the public verify page says is valid; the trainer sees the
 * completion on the roster and exports it. Course codes are unique per run (both modes share the database).
 */
class TrainingIT {

    private static final String GUIDANCE = "A New Partnership Agenda";

    private static Map<String, Object> fetch(Browser browser, String path) {
        return browser.call("GET", path, null);
    }

    private static Map<String, Object> post(Browser browser, String path, String json) {
        return browser.call("POST", path, json);
    }

    @Test
    void aTrainerBuildsAndAssignsACourseTheReaderCompletesItAndTheTrainerExportsTheRoster() {
        String code = ("IT-" + ItEnvironment.authMode() + "-" + Long.toString(System.currentTimeMillis(), 36))
                .toUpperCase(java.util.Locale.ROOT);
        String title = "Partnership essentials " + code;
        String readerName;
        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            // Training learns of a person at sign-in (OIDC) and whenever they open My training.
            reader.open("/training/index.xhtml");
            reader.waitFor(By.id("myTraining"));
            String me = (String) fetch(reader, "/api/v1/me").get("text");
            readerName = me.replaceAll(".*\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        }
        long courseId;
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/index.xhtml");
            trainer.type(By.id("newCourse:code"), code);
            trainer.type(By.id("newCourse:titleEn"), title);
            trainer.submit(By.id("newCourse:create"));
            assertThat(trainer.waitFor(By.id("page-title")).getText()).contains(code);
            courseId = Long.parseLong(trainer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

            trainer.type(By.id("describe:validity_input"), "24");
            trainer.submit(By.id("describe:saveDescription"));

            trainer.type(By.id("addModule:moduleTitle"), "Foundations");
            trainer.submit(By.id("addModule:add"));
            for (String lesson : List.of("Why partnership", "Who does what")) {
                trainer.type(By.id("addLesson:lessonTitle"), lesson);
                trainer.waitFor(By.cssSelector("[id='addLesson:lessonHtml'] .ql-editor")).sendKeys("About " + lesson + ".");
                trainer.submit(By.id("addLesson:add"));
            }
            trainer.type(By.id("picker:guidanceQuery"), "Partnership");
            trainer.click(By.id("picker:search"));
            trainer.click(By.cssSelector(".choose-guidance"));
            trainer.waitFor(By.id("chosen-guidance"));
            trainer.submit(By.id("picker:cite"));
            assertThat(trainer.waitFor(By.id("cited")).getText()).contains(GUIDANCE).contains("version 1");

            trainer.type(By.id("addQuestion:questionText"), "Who approves guidance for promulgation?");
            trainer.type(By.id("addQuestion:option0"), "An approver, never the author");
            trainer.type(By.id("addQuestion:option1"), "The author");
            trainer.click(By.cssSelector("[id='addQuestion:right'] .ui-chkbox-box"));
            trainer.submit(By.id("addQuestion:add"));
            assertThat(trainer.waitFor(By.id("question-list")).getText()).contains("An approver, never the author ✓");

            trainer.submit(By.id("state:publish"));
            assertThat(trainer.waitFor(By.id("course-state")).getText()).contains("Published");
            trainer.screenshot("training-editor");

            trainer.open("/training/manage/roster.xhtml?id=" + courseId);
            trainer.click(By.id("openAssign"));
            trainer.type(By.id("assignForm:ruleMission"), "UNMISS");
            trainer.click(By.id("assignForm:assignRule"));
            trainer.waitForText(By.id("messages"), "Assigned to");
            // Training knew the reader before the rule was made: the rule reached them at once.
            trainer.waitForText(By.id("roster:rows"), readerName);
            trainer.screenshot("training-assigned");

            // The same through the REST API, with the trainer's permissions.
            String assignments = "/api/v1/training/courses/" + courseId + "/assignments";
            assertThat(post(trainer, assignments, "{\"mission\":\"MINUSCA\",\"dueKind\":\"DAYS_AFTER_ARRIVAL\",\"dueDays\":30}")
                    .get("status")).as("another mission").isEqualTo(403L);
            Map<String, Object> incomplete = post(trainer, assignments, "{\"mission\":\"UNMISS\",\"dueKind\":\"ABSOLUTE\"}");
            assertThat(incomplete.get("status")).isEqualTo(400L);
            assertThat((String) incomplete.get("text")).contains("assign.dueInvalid");
            assertThat((String) fetch(trainer, "/api/v1/training/courses").get("text")).contains(code);
        }

        try (Browser learner = new Browser()) {
            learner.signIn("reader", "demo");
            learner.open("/training/index.xhtml");
            assertThat(learner.waitFor(By.id("myTraining:assigned")).getText()).contains(title).contains("Assigned");
            learner.screenshot("training-my");
            learner.click(By.linkText(title));
            learner.waitForText(By.id("lesson-title"), "Why partnership");
            learner.screenshot("training-lesson");
            assertThat(learner.driver().findElement(By.id("citations")).getText()).contains(GUIDANCE).contains("version 1");
            learner.click(By.id("learnForm:markDone"));
            learner.waitForText(By.id("lesson-title"), "Who does what");
            learner.click(By.id("learnForm:markDone"));
            learner.click(By.id("learnForm:startQuiz"));
            learner.click(By.cssSelector("#question-0 .ui-radiobutton-box"));
            learner.screenshot("training-quiz");
            learner.click(By.id("learnForm:submitQuiz"));
            learner.waitForText(By.id("learnForm:quiz-result"), "Passed with 100 %");
            assertThat(learner.waitFor(By.id("learnForm:completed-notice")).getText()).contains("completed");

            learner.open("/training/index.xhtml");
            List<WebElement> tabs = learner.driver().findElements(By.cssSelector("#myTraining .ui-tabs-nav a"));
            tabs.get(1).click();
            assertThat(learner.waitFor(By.id("myTraining:completed")).getText()).contains(title).contains(code + " v1");
            tabs.get(2).click();
            String row = "//*[@id='myTraining:certificates']//tr[contains(., '" + title + "')]";
            WebElement verify = learner.waitFor(By.xpath(row + "//a[contains(@class, 'verify-link')]"));
            String certificateCode = verify.getText();
            String pdfPath = learner.driver().findElement(By.xpath(row + "//a[contains(@class, 'certificate-link')]"))
                    .getAttribute("href").replace(ItEnvironment.appUrl(), "");
            Map<String, Object> pdf = fetch(learner, pdfPath);
            assertThat(pdf.get("status")).isEqualTo(200L);
            assertThat((String) pdf.get("type")).startsWith("application/pdf");
            assertThat((String) pdf.get("text")).startsWith("%PDF");
            learner.screenshot("training-certificates");
            assertThat((String) fetch(learner, "/api/v1/training/my/completions").get("text")).contains(title)
                    .contains("\"courseVersion\":1");
            assertThat((String) fetch(learner, "/api/v1/training/certificates/" + certificateCode).get("text"))
                    .contains("\"valid\":true").contains(readerName);

            // The verify page is public: a browser that never signed in reads it.
            try (Browser anyone = new Browser()) {
                anyone.open("/verify/" + certificateCode);
                assertThat(anyone.waitFor(By.id("verify-status")).getText()).isEqualTo("Valid");
                assertThat(anyone.driver().findElement(By.id("verify-holder")).getText()).isEqualTo(readerName);
                assertThat(anyone.driver().findElement(By.id("verify-course")).getText()).isEqualTo(title);
                assertThat(anyone.driver().findElement(By.id("verify-expires")).getText())
                        .as("24 months of validity").matches(".*20\\d\\d").doesNotContain("No expiry");
                assertThat(anyone.driver().getPageSource()).doesNotContain("UNMISS").doesNotContain("civilian");
                anyone.screenshot("training-verify");
                anyone.open("/verify/ZZZZ-ZZZZ-ZZZZ");
                assertThat(anyone.waitFor(By.id("verify-status")).getText()).isEqualTo("No certificate has this code.");
            }
        }

        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/roster.xhtml?id=" + courseId);
            String roster = trainer.waitFor(By.id("roster:rows")).getText();
            assertThat(roster).contains(readerName).contains("Completed");
            trainer.screenshot("training-roster");

            Map<String, Object> csv = fetch(trainer, "/training/manage/roster-export?id=" + courseId + "&format=csv");
            assertThat(csv.get("status")).isEqualTo(200L);
            assertThat((String) csv.get("type")).startsWith("text/csv");
            assertThat(((String) csv.get("text")).lines().filter(line -> line.contains(readerName)))
                    .singleElement().asString().contains("UNMISS,civilian,COMPLETED");
            Map<String, Object> xlsx = fetch(trainer, "/training/manage/roster-export?id=" + courseId + "&format=xlsx");
            assertThat(xlsx.get("status")).isEqualTo(200L);
            assertThat((String) xlsx.get("type")).contains("spreadsheetml");
        }
    }

    @Test
    void aReaderCannotOpenTheTrainerScreensNorExportARoster() {
        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            reader.open("/training/manage/index.xhtml");
            assertThat(reader.waitFor(By.id("page-title")).getText()).contains("Access denied");
            assertThat(fetch(reader, "/training/manage/roster-export?id=1&format=csv").get("status")).isEqualTo(403L);
        }
    }
}
