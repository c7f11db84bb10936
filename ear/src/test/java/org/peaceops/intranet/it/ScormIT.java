package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peaceops.intranet.training.scorm.ScormFixtures;

/**
 * SCORM end to end, in Chromium. No real SCORM package can be had from the registries this build reaches,
 * so the test builds minimal, standard-conforming packages: SCORM 1.2 (imsmanifest.xml with the 1.2
 * namespaces, schemaversion, an adlcp:scormtype="sco" resource and a mastery score of 80) whose SCO finds
 * window.API, and SCORM 2004 4th edition (two SCOs, a primary objective measure of 0.75) whose SCOs find
 * window.API_1484_11. A trainer imports the 1.2 package into a lesson (hostile packages refused with their
 * reason first), checks the manifest's metadata and publishes it; a reader plays it and the SCO saves its
 * location and suspend data; the trainer then revises the course and replaces the package; the reader
 * comes back, is resumed in the old package, finishes with a score of 90, and the course (the version they
 * began) completes with a certificate, while a second reader gets the new package; the roster's CSV has
 * the e-learning columns. The 2004 package is played SCO by SCO, resumed, and completes its course too.
 * The 2004 package's files and the hostile packages are the lms module's {@link ScormFixtures}.
 */
@Tag("one-mode")
class ScormIT {

    private static final String SCO = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Conduct SCO</title></head><body>
            <main><h1>Conduct and discipline</h1><p id="sco-state">loading</p>
            <button id="sco-finish" type="button">Finish</button></main>
            <script>
            var api = window.API;
            var state = document.getElementById('sco-state');
            api.LMSInitialize('');
            var data = api.LMSGetValue('cmi.suspend_data');
            if (data) {
              state.textContent = 'resumed ' + data + ' at ' + api.LMSGetValue('cmi.core.lesson_location');
            } else {
              api.LMSSetValue('cmi.core.lesson_location', 'page-2');
              api.LMSSetValue('cmi.suspend_data', 'seen=1');
              api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
              api.LMSCommit('');
              state.textContent = 'first visit';
            }
            document.getElementById('sco-finish').onclick = function () {
              api.LMSSetValue('cmi.core.score.raw', '90');
              api.LMSSetValue('cmi.core.lesson_status', 'completed');
              api.LMSCommit('');
              api.LMSFinish('');
              state.textContent = 'finished';
            };
            </script></body></html>""";

    /** The package that replaces the first: the same SCO saying which package it is. */
    private static final String NEW_SCO = SCO.replace("'first visit'", "'new package first visit'")
            .replace("'resumed '", "'new package resumed '");

    /**
     * A SCORM 2004 4th edition SCO: finds window.API_1484_11, keeps its location and suspend data on the
     * first visit, says what it resumed from on the next, and finishes completed and passed with a scaled
     * score of 0.9. Which of the package's two SCOs it is comes from the item's parameters (?part=2).
     */
    private static final String SCO_2004 = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Security SCO</title></head><body>
            <main><h1>Security in the field</h1><p id="sco-state">loading</p>
            <button id="sco-finish" type="button">Finish</button></main>
            <script>
            var api = window.API_1484_11;
            var state = document.getElementById('sco-state');
            var part = location.search.indexOf('part=2') >= 0 ? 'part 2' : 'part 1';
            api.Initialize('');
            var data = api.GetValue('cmi.suspend_data');
            if (data) {
              state.textContent = part + ' resumed ' + data + ' at ' + api.GetValue('cmi.location')
                  + ' (' + api.GetValue('cmi.completion_status') + ')';
            } else {
              api.SetValue('cmi.location', 'slide-3');
              api.SetValue('cmi.suspend_data', 'answers=a,b');
              api.SetValue('cmi.completion_status', 'incomplete');
              api.SetValue('cmi.exit', 'suspend');
              api.Commit('');
              state.textContent = part + ' first visit';
            }
            document.getElementById('sco-finish').onclick = function () {
              api.SetValue('cmi.score.scaled', '0.9');
              api.SetValue('cmi.score.raw', '90');
              api.SetValue('cmi.score.min', '0');
              api.SetValue('cmi.score.max', '100');
              api.SetValue('cmi.completion_status', 'completed');
              api.SetValue('cmi.success_status', 'passed');
              api.SetValue('cmi.session_time', 'PT2M30S');
              api.SetValue('cmi.exit', 'normal');
              api.Commit('');
              api.Terminate('');
              state.textContent = part + ' finished';
            };
            </script></body></html>""";

    /** The 1.2 package's manifest: one SCO at sco/index.html, a mastery score of 80. */
    private static final String MANIFEST_12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="org.peaceops.it.conduct" version="1"
                xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="org"><organization identifier="org"><title>Conduct e-learning</title>
                <item identifier="item1" identifierref="res1"><title>The essentials</title>
                  <adlcp:masteryscore>80</adlcp:masteryscore></item>
              </organization></organizations>
              <resources><resource identifier="res1" type="webcontent" adlcp:scormtype="sco" href="sco/index.html">
                <file href="sco/index.html"/></resource></resources>
            </manifest>
            """;

    /** A package to upload, its entries dated now: each run's packages are new to the content store. */
    private static Path zip(String name, Map<String, String> files) throws IOException {
        return file(name, ScormFixtures.zip(files, System.currentTimeMillis()));
    }

    private static Path file(String name, byte[] zip) throws IOException {
        return Files.write(Files.createTempFile(name + "-", ".zip"), zip);
    }

    private static void upload(Browser trainer, Path zip) {
        trainer.driver().findElement(By.cssSelector("[id='upload'] input[type='file']")).sendKeys(zip.toString());
        trainer.submit(By.id("upload:check"));
    }

    @Test
    void aTrainerImportsAPackageAndTheReaderPlaysItIsResumedAndCompletesTheCourse() throws IOException {
        String code = ("SCORM-" + ItEnvironment.authMode() + "-" + Long.toString(System.currentTimeMillis(), 36))
                .toUpperCase(java.util.Locale.ROOT);
        String title = "Conduct e-learning " + code;
        long courseId;
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            courseId = createPublishedCourse(trainer, code, title);
            trainer.click(By.cssSelector("a.scorm-link"));
            assertThat(trainer.waitFor(By.id("scorm-none")).getText()).contains("No package");

            Map<String, String> hostile = new LinkedHashMap<>();
            hostile.put("traversal", "outside the package");
            hostile.put("bomb", "zip bomb");
            hostile.put("no-manifest", "no imsmanifest.xml");
            hostile.put("xxe", "declares a document type or an entity");
            hostile.put("no-launch", "names a file that is not in the package");
            // Refused, so never kept: the fixture's packages, the same bytes each run, are as good as new ones.
            Map<String, Path> zips = Map.of(
                    "traversal", file("traversal", ScormFixtures.pathTraversal()),
                    "bomb", file("bomb", ScormFixtures.zipBomb()),
                    "no-manifest", file("no-manifest", ScormFixtures.missingManifest()),
                    "xxe", file("xxe", ScormFixtures.externalEntity()),
                    "no-launch", file("no-launch", ScormFixtures.missingLaunchFile()));
            for (Map.Entry<String, String> refusal : hostile.entrySet()) {
                upload(trainer, zips.get(refusal.getKey()));
                trainer.waitForText(By.id("messages"), refusal.getValue());
                assertThat(trainer.driver().findElements(By.cssSelector(".scorm-version"))).as(refusal.getKey()).isEmpty();
            }
            trainer.screenshot("scorm-refused");

            upload(trainer, zip("conduct", ScormFixtures.files("imsmanifest.xml", MANIFEST_12, "sco/index.html", SCO)));
            trainer.waitForText(By.id("messages"), "passed every check");
            String version = trainer.waitFor(By.id("version-1")).getText();
            assertThat(version).contains("Conduct e-learning").contains("SCORM 1.2").contains("The essentials")
                    .contains("sco/index.html").contains("80").contains("Not published");
            trainer.screenshot("scorm-preview");
            trainer.submit(By.cssSelector("[id='version-1'] button"));
            trainer.waitForText(By.id("messages"), "is published");
        }

        String readerName;
        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            String me = (String) reader.call("GET", "/api/v1/me", null).get("text");
            readerName = me.replaceAll(".*\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            openLesson(reader, courseId);
            playUntil(reader, "first visit");
            // The location and suspend data reached the intranet (the player counts the commits it answered).
            commitsAfter(reader, 0);
            reader.screenshot("scorm-first-visit");
        }

        // The trainer revises the course and replaces the package while the reader is in progress.
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/course.xhtml?id=" + courseId);
            trainer.submit(By.id("state:openDraft"));
            trainer.waitForText(By.id("course-state"), "v2");
            trainer.click(By.cssSelector("a.scorm-link"));
            assertThat(trainer.waitFor(By.id("version-1")).getText()).as("carried to the new course version")
                    .contains("Published");
            String replacement = importAndPublish(trainer, zip("conduct-2", ScormFixtures.files("imsmanifest.xml",
                    MANIFEST_12.replace("version=\"1\"", "version=\"2\""), "sco/index.html", NEW_SCO)), 2);
            assertThat(replacement).contains("SCORM 1.2").contains("Not published");
            trainer.open("/training/manage/course.xhtml?id=" + courseId);
            trainer.submit(By.id("state:publish"));
            trainer.waitForText(By.id("course-state"), "published v2");
        }

        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            openLesson(reader, courseId);
            // The old package (the new one would say "new package"), with what the first visit kept.
            playUntil(reader, "resumed seen=1 at page-2");
            assertThat(frameText(reader)).doesNotContain("new package");
            finish(reader);
            reader.waitForText(By.id("scorm-status"), "the course is complete");
            reader.screenshot("scorm-completed");
            certificateShown(reader, title);
        }

        try (Browser other = new Browser()) {
            other.signIn("reader2", "demo");
            openLesson(other, courseId);
            playUntil(other, "new package first visit");
            other.screenshot("scorm-new-package");
        }

        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/roster.xhtml?id=" + courseId);
            assertThat(trainer.waitFor(By.id("roster:rows")).getText()).contains(readerName).contains("Passed");
            Map<String, Object> csv = trainer.call("GET", "/training/manage/roster-export?id=" + courseId + "&format=csv", null);
            assertThat(csv.get("status")).isEqualTo(200L);
            String text = (String) csv.get("text");
            assertThat(text.lines().findFirst().orElseThrow()).contains("Name,Mission,Category,Status")
                    .endsWith(",E-learning,E-learning score %,E-learning visits,E-learning time (h:mm)");
            // Completed on course version 1, the one the reader began on; the package reported a pass at 90.
            assertThat(text.lines().filter(line -> line.contains(readerName))).singleElement().asString()
                    .containsPattern(",COMPLETED,,[^,]*,1,[^,]*,PASSED,90,\\d+,\\d+:\\d\\d$");
            Map<String, Object> xlsx = trainer.call("GET", "/training/manage/roster-export?id=" + courseId + "&format=xlsx", null);
            assertThat(xlsx.get("status")).isEqualTo(200L);
            assertThat((String) xlsx.get("type")).contains("spreadsheetml");
        }
    }

    @Test
    void aScorm2004PackageOfTwoScosIsPlayedResumedAndCompletesTheCourse() throws IOException {
        String code = ("SCORM04-" + ItEnvironment.authMode() + "-" + Long.toString(System.currentTimeMillis(), 36))
                .toUpperCase(java.util.Locale.ROOT);
        String title = "Security in the field " + code;
        long courseId;
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            courseId = createPublishedCourse(trainer, code, title);
            trainer.click(By.cssSelector("a.scorm-link"));
            String version = importAndPublish(trainer, zip("security-2004", ScormFixtures.files2004(SCO_2004)), 1);
            assertThat(version).contains("Security in the field").contains("SCORM 2004 4th Edition")
                    .contains("Travel security").contains("In the compound").contains("75");
        }

        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            openLesson(reader, courseId);
            assertThat(reader.waitFor(By.id("scorm-toc")).getText()).contains("Travel security").contains("In the compound");
            playUntil(reader, "part 1 first visit");
            commitsAfter(reader, 0);

            reader.open("/training/index.xhtml");
            openLesson(reader, courseId);
            playUntil(reader, "part 1 resumed answers=a,b at slide-3 (incomplete)");
            int before = commits(reader);
            finish(reader);
            playUntil(reader, "part 1 finished");
            commitsAfter(reader, before);
            assertThat(reader.driver().findElement(By.id("scorm-status")).getText())
                    .as("one SCO of two satisfied").doesNotContain("complete");

            reader.click(By.linkText("In the compound"));
            playUntil(reader, "part 2 first visit");
            finish(reader);
            reader.waitForText(By.id("scorm-status"), "the course is complete");
            reader.screenshot("scorm-2004-completed");
            certificateShown(reader, title);
        }
    }

    /** A published course of one module and one lesson, certificates valid 24 months: its id. */
    private static long createPublishedCourse(Browser trainer, String code, String title) {
        trainer.open("/training/manage/index.xhtml");
        trainer.type(By.id("newCourse:code"), code);
        trainer.type(By.id("newCourse:titleEn"), title);
        trainer.submit(By.id("newCourse:create"));
        assertThat(trainer.waitFor(By.id("page-title")).getText()).contains(code);
        long courseId = Long.parseLong(trainer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        trainer.type(By.id("describe:validity_input"), "24");
        trainer.submit(By.id("describe:saveDescription"));
        trainer.type(By.id("addModule:moduleTitle"), "E-learning");
        trainer.submit(By.id("addModule:add"));
        trainer.type(By.id("addLesson:lessonTitle"), "Conduct and discipline");
        trainer.waitFor(By.cssSelector("[id='addLesson:lessonHtml'] .ql-editor")).sendKeys("The SCORM module.");
        trainer.submit(By.id("addLesson:add"));
        trainer.submit(By.id("state:publish"));
        assertThat(trainer.waitFor(By.id("course-state")).getText()).contains("Published");
        return courseId;
    }

    /** On the lesson's package page: uploads the zip, which passes every check, and publishes it as version n. */
    private static String importAndPublish(Browser trainer, Path zip, int versionNumber) {
        upload(trainer, zip);
        trainer.waitForText(By.id("messages"), "passed every check");
        String version = trainer.waitFor(By.id("version-" + versionNumber)).getText();
        trainer.submit(By.cssSelector("[id='version-" + versionNumber + "'] button"));
        trainer.waitForText(By.id("messages"), "is published");
        return version;
    }

    /** Opens the course's SCORM lesson from the course page, as a learner does. */
    private static void openLesson(Browser learner, long courseId) {
        learner.open("/training/course.xhtml?id=" + courseId);
        learner.click(By.id("learnForm:openScorm"));
    }

    /** Clicks the SCO's Finish button, inside the sandboxed frame. */
    private static void finish(Browser learner) {
        learner.driver().switchTo().frame("scorm-frame");
        learner.driver().findElement(By.id("sco-finish")).click();
        learner.driver().switchTo().defaultContent();
    }

    /** Waits until the player has had {@code more} commits answered beyond {@code seen}. */
    private static int commitsAfter(Browser learner, int seen) {
        return new WebDriverWait(learner.driver(), Duration.ofSeconds(20)).until(d -> {
            String n = d.findElement(By.id("scorm-status")).getAttribute("data-commits");
            int count = n == null ? 0 : Integer.parseInt(n);
            return count > seen ? count : null;
        });
    }

    private static int commits(Browser learner) {
        String n = learner.driver().findElement(By.id("scorm-status")).getAttribute("data-commits");
        return n == null ? 0 : Integer.parseInt(n);
    }

    /** The certificate of the course is on My training's certificates tab. */
    private static void certificateShown(Browser learner, String title) {
        assertThat((String) learner.call("GET", "/api/v1/training/my/completions", null).get("text")).contains(title);
        learner.open("/training/index.xhtml");
        learner.driver().findElements(By.cssSelector("#myTraining .ui-tabs-nav a")).get(2).click();
        learner.waitFor(By.xpath("//*[@id='myTraining:certificates']//tr[contains(., '" + title
                + "')]//a[contains(@class, 'certificate-link')]"));
    }

    /** What the SCO in the sandboxed frame shows. */
    private static String frameText(Browser learner) {
        try {
            learner.driver().switchTo().frame("scorm-frame");
            return learner.driver().findElement(By.id("sco-state")).getText();
        } finally {
            learner.driver().switchTo().defaultContent();
        }
    }

    /** Waits for the SCO in the sandboxed frame to say {@code text}. */
    private static void playUntil(Browser reader, String text) {
        reader.waitFor(By.id("scorm-frame"));
        new WebDriverWait(reader.driver(), Duration.ofSeconds(20)).until(d -> {
            try {
                d.switchTo().defaultContent();
                d.switchTo().frame("scorm-frame");
                return d.findElements(By.id("sco-state")).stream().anyMatch(e -> e.getText().contains(text));
            } finally {
                d.switchTo().defaultContent();
            }
        });
    }
}
