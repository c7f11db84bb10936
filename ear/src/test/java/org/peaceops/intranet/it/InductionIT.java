package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Induction on arrival, on the real stack: a trainer makes an induction course part of the mission's
 * programme (a rule due 14 days after arrival, police of UNMISS), sees it on the induction page, records
 * a police officer's arrival and sees the due date it gives, then corrects the arrival and sees the due
 * date move; the API answers the programme, and refuses a malformed date and an unknown person.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class InductionIT {

    /** Due dates are calendar days where the person serves. */
    private static final ZoneId JUBA = ZoneId.of("Africa/Juba");

    private static void recordArrival(Browser trainer, LocalDate arrival) {
        WebElement field = trainer.waitFor(By.id("personForm:arrival_input"));
        // clear() leaves the date picker's value in place: select it all and type over it, as a person would
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(arrival.toString(), Keys.ESCAPE);
        // The calendar may still be opening over the button: press it the way the keyboard would, not by a
        // click at its place on the screen.
        ((org.openqa.selenium.JavascriptExecutor) trainer.driver()).executeScript("arguments[0].click()",
                trainer.waitFor(By.id("personForm:record")));
    }

    @Test
    void aRecordedArrivalGivesTheProgrammesDueDateAndACorrectionMovesIt() {
        // Training learns of a person at sign-in (OIDC) and whenever they open My training.
        try (Browser officer = new Browser()) {
            officer.signIn("trainer2", "demo");
            officer.open("/training/index.xhtml");
            officer.waitFor(By.id("myTraining"));
        }
        String code = ("IND-" + ItEnvironment.authMode() + "-" + Long.toString(System.currentTimeMillis(), 36))
                .toUpperCase(java.util.Locale.ROOT);
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/index.xhtml");
            trainer.type(By.id("newCourse:code"), code);
            trainer.type(By.id("newCourse:titleEn"), "Security on arrival " + code);
            trainer.choose("newCourse:phase", "Induction");
            trainer.submit(By.id("newCourse:create"));
            long courseId = Long.parseLong(trainer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            trainer.type(By.id("addModule:moduleTitle"), "Arriving");
            trainer.submit(By.id("addModule:add"));
            trainer.type(By.id("addLesson:lessonTitle"), "Security briefing");
            trainer.waitFor(By.cssSelector("[id='addLesson:lessonHtml'] .ql-editor")).sendKeys("Where to go, whom to call.");
            trainer.submit(By.id("addLesson:add"));
            trainer.submit(By.id("state:publish"));
            assertThat(trainer.waitFor(By.id("course-state")).getText()).contains("Published");

            Map<String, Object> rule = trainer.call("POST", "/api/v1/training/courses/" + courseId + "/assignments",
                    "{\"mission\":\"UNMISS\",\"category\":\"police\",\"dueKind\":\"DAYS_AFTER_ARRIVAL\",\"dueDays\":14}");
            assertThat(rule.get("status")).as((String) rule.get("text")).isEqualTo(200L);

            trainer.open("/training/manage/induction.xhtml");
            assertThat(trainer.waitFor(By.id("programmeForm:programme")).getText()).as("the trainer's own mission")
                    .contains(code).contains("14 days").contains("Police");
            trainer.type(By.id("peopleForm:query"), "Thérèse");
            trainer.click(By.id("peopleForm:search"));
            trainer.click(By.cssSelector("[id='peopleForm:found'] .choose-person"));
            trainer.waitForText(By.id("person-name"), "Thérèse Formatrice");
            String row = "//*[@id='personForm:items']//tr[contains(., '" + code + "')]";

            LocalDate today = LocalDate.now(JUBA);
            recordArrival(trainer, today.minusDays(30));
            trainer.waitForText(By.id("messages"), "Arrival of Thérèse Formatrice recorded");
            trainer.waitForText(By.xpath(row), today.minusDays(16).toString());
            assertThat(trainer.driver().findElement(By.xpath(row)).getText()).contains("Overdue");
            trainer.screenshot("induction-overdue");

            recordArrival(trainer, today.minusDays(5));
            trainer.waitForText(By.xpath(row), today.plusDays(9).toString());
            assertThat(trainer.driver().findElement(By.xpath(row)).getText()).as("the due date moved with the arrival")
                    .contains("Due").doesNotContain("Overdue");
            trainer.screenshot("induction");

            Map<String, Object> programme = trainer.call("GET", "/api/v1/training/induction", null);
            assertThat(programme.get("status")).isEqualTo(200L);
            assertThat((String) programme.get("text")).contains("\"courseCode\":\"" + code + "\"").contains("\"days\":14");
            Map<String, Object> badDate = trainer.call("PUT", "/api/v1/training/induction/learners/nobody/arrival",
                    "{\"arrival\":\"20/11/2026\"}");
            assertThat(badDate.get("status")).isEqualTo(400L);
            assertThat((String) badDate.get("text")).contains("api.invalid.date");
            Map<String, Object> nobody = trainer.call("PUT", "/api/v1/training/induction/learners/nobody/arrival",
                    "{\"arrival\":\"" + today + "\"}");
            assertThat(nobody.get("status")).isEqualTo(404L);
        }
    }
}
