package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An in-mission session end to end, on the real stack: a trainer publishes a classroom course and
 * schedules a session of two seats in UNMISS (started half an hour ago, Juba time); three people enrol
 * themselves, the third is put on the waiting list; the trainer withdraws one seat holder and the seat
 * goes to the person waiting; attendance is recorded (one present, one absent); the attendee's record
 * shows the completion by attendance; the trainer attaches the signed sheet (a text file refused, the PDF
 * scan kept and downloaded); the attendee evaluates the session once, and the trainer's page shows the
 * summary; the promoted person finds the notice on their training page.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class TrainingSessionsIT {

    private static final ZoneId JUBA = ZoneId.of("Africa/Juba");

    /** A minimal PDF, as a scanner would make one (content detection reads its header). */
    private static final byte[] SHEET_PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /** A file of that name and content in a new temporary directory, as a path for the file input. */
    private static String file(String name, byte[] content) {
        try {
            Path file = Files.createTempDirectory("sheet").resolve(name);
            Files.write(file, content);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(String tableId, String text) {
        return "//*[@id='" + tableId + "']//tr[contains(., '" + text + "')]";
    }

    private static void press(Browser browser, By locator) {
        // as the keyboard would: a dialog's opening animation may still cover the button on the screen
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", browser.waitFor(locator));
    }

    /** Selects what the field holds and types over it, as a person would; says so when the field did not take it. */
    private static void fill(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        assertThat(field.getAttribute("value")).as(id).isEqualTo(text);
    }

    private static void enrolThemselves(String username, String code, String expected) {
        try (Browser learner = new Browser()) {
            learner.signIn(username, "demo");
            learner.open("/training/sessions.xhtml");
            learner.click(By.xpath(row("sessionsForm:sessions", code) + "//button[contains(@class, 'enrol-button')]"));
            learner.waitForText(By.id("messages"), expected);
        }
    }

    @Test
    void aSessionIsScheduledFilledAttendedCompletedAndEvaluated() {
        String code = ("SES-" + ItEnvironment.authMode() + "-" + Long.toString(System.currentTimeMillis(), 36))
                .toUpperCase(Locale.ROOT);
        String title = "Protection of civilians " + code;
        LocalDateTime start = LocalDateTime.now(JUBA).minusMinutes(30).withSecond(0).withNano(0);
        long sessionId;
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/index.xhtml");
            trainer.type(By.id("newCourse:code"), code);
            trainer.type(By.id("newCourse:titleEn"), title);
            trainer.choose("newCourse:phase", "In-mission");
            trainer.submit(By.id("newCourse:create"));
            trainer.choose("describe:delivery", "Classroom");
            trainer.submit(By.id("describe:saveDescription"));
            trainer.type(By.id("addModule:moduleTitle"), "Day one");
            trainer.submit(By.id("addModule:add"));
            trainer.type(By.id("addLesson:lessonTitle"), "Briefing");
            trainer.waitFor(By.cssSelector("[id='addLesson:lessonHtml'] .ql-editor")).sendKeys("What to do when civilians are threatened.");
            trainer.submit(By.id("addLesson:add"));
            trainer.submit(By.id("state:publish"));
            assertThat(trainer.waitFor(By.id("course-state")).getText()).contains("Published");

            trainer.open("/training/manage/index.xhtml");
            trainer.submit(By.id("sessions-link"));
            trainer.click(By.id("new-session"));
            trainer.choose("scheduleForm:course", code + " — " + title);
            // The date last: its picker's calendar opens on focus and could take keystrokes meant for other fields.
            fill(trainer, "scheduleForm:time", start.format(DateTimeFormatter.ofPattern("HH:mm")));
            WebElement duration = trainer.waitFor(By.id("scheduleForm:duration_input"));
            duration.sendKeys(Keys.chord(Keys.CONTROL, "a"), "180");
            fill(trainer, "scheduleForm:location", "Tomping, room 2");
            WebElement capacity = trainer.waitFor(By.id("scheduleForm:capacity_input"));
            capacity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
            WebElement date = trainer.waitFor(By.id("scheduleForm:date_input"));
            date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            date.sendKeys(start.toLocalDate().toString(), Keys.ESCAPE, Keys.TAB);
            assertThat(date.getAttribute("value")).isEqualTo(start.toLocalDate().toString());
            assertThat(duration.getAttribute("value")).isEqualTo("180");
            assertThat(capacity.getAttribute("value")).isEqualTo("2");
            press(trainer, By.id("scheduleForm:save"));
            try {
                trainer.waitForText(By.id("session-seats"), "0 of 2 taken, 0 waiting");
            } catch (org.openqa.selenium.TimeoutException notScheduled) {
                trainer.screenshot("training-session-not-scheduled");
                throw new AssertionError("Not scheduled; the page said: "
                        + trainer.driver().findElement(By.tagName("main")).getText(), notScheduled);
            }
            assertThat(trainer.driver().findElement(By.id("session-when")).getText())
                    .contains(start.toLocalDate().toString()).contains("Africa/Juba");
            sessionId = Long.parseLong(trainer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        }

        enrolThemselves("reader", code, "You have a seat");
        enrolThemselves("trainer2", code, "You have a seat");
        enrolThemselves("contributor", code, "you are on the waiting list");

        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/session.xhtml?id=" + sessionId);
            trainer.waitForText(By.id("session-seats"), "2 of 2 taken, 1 waiting");
            // The reader's and the contributor's names as each identity store has them (realm file, DemoAccounts).
            String reader = ItEnvironment.oidc() ? "Rita Reader" : "Amina Diallo";
            String contributor = ItEnvironment.oidc() ? "Carl Contributor" : "Sofia Haddad";
            assertThat(trainer.waitFor(By.id("rosterForm:seats")).getText()).contains(reader).contains("Thérèse Formatrice");
            assertThat(trainer.waitFor(By.id("rosterForm:waiting")).getText()).contains(contributor);

            trainer.click(By.xpath(row("rosterForm:seats", "Thérèse Formatrice") + "//a[contains(@class, 'withdraw-link')]"));
            trainer.waitForText(By.id("session-seats"), "2 of 2 taken, 0 waiting");
            assertThat(trainer.waitFor(By.id("rosterForm:seats")).getText()).as("the first waiting took the seat")
                    .contains(reader).contains(contributor).doesNotContain("Thérèse");
            trainer.waitFor(By.id("waiting-empty"));

            // The contributor did not come: untick them, keep the reader
            trainer.tick("attendanceForm:present", contributor);
            trainer.click(By.id("attendanceForm:record"));
            trainer.click(By.id("attendanceForm:confirm-yes"));
            trainer.waitForText(By.id("messages"), "Attendance recorded: 1 people completed the course");
            assertThat(trainer.waitFor(By.id("rosterForm:seats")).getText()).contains("Present").contains("Absent");
            trainer.waitFor(By.id("attendance-done"));

            // The signed sheet: a text file is refused and nothing attached; the PDF scan is attached, named on
            // the page, and downloads whole with its type
            trainer.waitFor(By.id("sheet-none"));
            trainer.driver().findElement(By.cssSelector("[id='sheetForm'] input[type='file']"))
                    .sendKeys(file("sheet.txt", "Alice Reader, signed".getBytes(StandardCharsets.UTF_8)));
            trainer.click(By.id("sheetForm:attachSheet"));
            trainer.waitForText(By.id("messages"), "A signed sheet is a PDF, JPEG or PNG scan; this file is text/plain");
            trainer.waitFor(By.id("sheet-none"));
            trainer.driver().findElement(By.cssSelector("[id='sheetForm'] input[type='file']"))
                    .sendKeys(file("signed sheet.pdf", SHEET_PDF));
            trainer.click(By.id("sheetForm:attachSheet"));
            trainer.waitForText(By.id("messages"), "The sheet signed sheet.pdf is attached to the session");
            assertThat(trainer.waitFor(By.id("sheet-attached")).getText()).contains("signed sheet.pdf");
            @SuppressWarnings("unchecked")
            Map<String, Object> downloaded = (Map<String, Object>) ((JavascriptExecutor) trainer.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "const form = document.getElementById('sheetForm');"
                            + "const data = new FormData(form);"
                            + "data.append('sheetForm:sheet-download', 'sheetForm:sheet-download');"
                            + "fetch(form.action, {method: 'POST', body: data}).then(async r => done({status: r.status,"
                            + " type: r.headers.get('Content-Type'), text: await r.text()}));");
            assertThat(downloaded.get("status")).isEqualTo(200L);
            assertThat((String) downloaded.get("type")).startsWith("application/pdf");
            assertThat(downloaded.get("text")).isEqualTo(new String(SHEET_PDF, StandardCharsets.US_ASCII));
            trainer.screenshot("training-session");

            trainer.open("/training/manage/sessions.xhtml");
            trainer.waitFor(By.cssSelector("[id='views:calendarForm:calendar'] .fc-event"));
            assertThat(trainer.driver().findElement(By.id("views:calendarForm:calendar")).getText()).contains(code);
            trainer.screenshot("training-sessions-calendar");
        }

        try (Browser attendee = new Browser()) {
            attendee.signIn("reader", "demo");
            attendee.open("/training/index.xhtml");
            attendee.click(By.xpath("//*[@id='myTraining']//a[contains(., 'Completed')]"));
            attendee.waitForText(By.id("myTraining:completed"), title);
            assertThat(attendee.driver().findElement(By.xpath(row("myTraining:completed", code))).getText())
                    .contains("Attendance");

            attendee.open("/training/sessions.xhtml");
            attendee.click(By.xpath(row("sessionsForm:sessions", code) + "//button[contains(@class, 'evaluate-button')]"));
            attendee.waitFor(By.id("evaluationForm:evaluation"));
            List<WebElement> questions = attendee.driver().findElements(By.cssSelector("[id='evaluationForm:evaluation'] fieldset.rating"));
            assertThat(questions).hasSize(4);
            String[] ratings = {"5", "4", "4", "3"};
            for (int i = 0; i < questions.size(); i++) {
                String rating = ratings[i];
                questions.get(i).findElements(By.tagName("label")).stream().filter(l -> l.getText().strip().equals(rating))
                        .findFirst().orElseThrow().click();
            }
            attendee.type(By.id("evaluationForm:comment"), "Practical, with real scenarios");
            attendee.click(By.id("evaluationForm:submitEvaluation"));
            attendee.waitForText(By.id("messages"), "your evaluation of");
            assertThat(attendee.driver().findElements(By.xpath(row("sessionsForm:sessions", code)
                    + "//button[contains(@class, 'evaluate-button')]"))).as("evaluated once").isEmpty();
        }

        try (Browser promoted = new Browser()) {
            promoted.signIn("contributor", "demo");
            promoted.open("/training/index.xhtml");
            promoted.waitForText(By.id("session-notices"), "A seat was freed for you on the session of " + title);
        }

        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/session.xhtml?id=" + sessionId);
            trainer.waitForText(By.id("evaluation-count"), "1 attendees evaluated the session");
            String averages = trainer.waitFor(By.id("evaluation-averages")).getText();
            assertThat(averages).contains("5.0 / 5").contains("4.0 / 5").contains("3.0 / 5");
            assertThat(trainer.waitFor(By.id("evaluation-comments")).getText()).contains("Practical, with real scenarios");
            trainer.screenshot("training-session-evaluated");

            java.util.Map<String, Object> api = trainer.call("GET", "/api/v1/training/sessions/" + sessionId, null);
            assertThat(api.get("status")).isEqualTo(200L);
            assertThat((String) api.get("text")).contains("\"evaluations\":1").contains("\"TRAINER\":\"4.0\"")
                    .contains("\"state\":\"ATTENDANCE_RECORDED\"");
            java.util.Map<String, Object> badStart = trainer.call("POST", "/api/v1/training/sessions",
                    "{\"courseId\":1,\"start\":\"tomorrow\",\"durationMinutes\":60,\"location\":\"Juba\",\"capacity\":5}");
            assertThat(badStart.get("status")).isEqualTo(400L);
            assertThat((String) badStart.get("text")).contains("session.error.start");
        }
        try (Browser learner = new Browser()) {
            learner.signIn("reader", "demo");
            assertThat(learner.call("GET", "/api/v1/training/sessions", null).get("status")).as("the list is the trainers'")
                    .isEqualTo(403L);
            assertThat((String) learner.call("GET", "/api/v1/training/sessions/mine", null).get("text")).contains(code);
        }
    }
}
