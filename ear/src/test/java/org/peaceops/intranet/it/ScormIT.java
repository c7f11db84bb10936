package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * SCORM end to end, in Chromium. No real SCORM package can be had from the registries this build reaches,
 * so the test builds a minimal, standard-conforming SCORM 1.2 package (imsmanifest.xml with the 1.2
 * namespaces, schemaversion, an adlcp:scormtype="sco" resource and a mastery score of 80) whose SCO finds
 * window.API and talks to it. A trainer imports it into a lesson (hostile packages refused with their
 * reason first), checks the manifest's metadata and publishes it; a reader plays it: the SCO saves its
 * location and suspend data, the reader leaves and comes back, is resumed, finishes with a score of 90,
 * and the course completes with a certificate.
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

    private static String manifest(String launch) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="org.peaceops.it.conduct" version="1"
                    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="org"><organization identifier="org"><title>Conduct e-learning</title>
                    <item identifier="item1" identifierref="res1"><title>The essentials</title>
                      <adlcp:masteryscore>80</adlcp:masteryscore></item>
                  </organization></organizations>
                  <resources><resource identifier="res1" type="webcontent" adlcp:scormtype="sco" href="LAUNCH">
                    <file href="LAUNCH"/></resource></resources>
                </manifest>
                """.replace("LAUNCH", launch);
    }

    private static Path zip(String name, Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        Path file = Files.createTempFile(name + "-", ".zip");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static Map<String, byte[]> files(String... namesAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put(namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
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
            trainer.open("/training/manage/index.xhtml");
            trainer.type(By.id("newCourse:code"), code);
            trainer.type(By.id("newCourse:titleEn"), title);
            trainer.submit(By.id("newCourse:create"));
            assertThat(trainer.waitFor(By.id("page-title")).getText()).contains(code);
            courseId = Long.parseLong(trainer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            trainer.type(By.id("describe:validity_input"), "24");
            trainer.submit(By.id("describe:saveDescription"));
            trainer.type(By.id("addModule:moduleTitle"), "E-learning");
            trainer.submit(By.id("addModule:add"));
            trainer.type(By.id("addLesson:lessonTitle"), "Conduct and discipline");
            trainer.waitFor(By.cssSelector("[id='addLesson:lessonHtml'] .ql-editor")).sendKeys("The SCORM module.");
            trainer.submit(By.id("addLesson:add"));
            trainer.submit(By.id("state:publish"));
            assertThat(trainer.waitFor(By.id("course-state")).getText()).contains("Published");
            trainer.click(By.cssSelector("a.scorm-link"));
            assertThat(trainer.waitFor(By.id("scorm-none")).getText()).contains("No package");

            Map<String, String> hostile = new LinkedHashMap<>();
            hostile.put("traversal", "outside the package");
            hostile.put("bomb", "zip bomb");
            hostile.put("no-manifest", "no imsmanifest.xml");
            hostile.put("xxe", "declares a document type or an entity");
            hostile.put("no-launch", "names a file that is not in the package");
            Map<String, Path> zips = Map.of(
                    "traversal", zip("traversal", files("imsmanifest.xml", manifest("sco.html"), "sco.html", SCO,
                            "../../evil.html", "x")),
                    "bomb", zip("bomb", Map.of("imsmanifest.xml", manifest("sco.html").getBytes(StandardCharsets.UTF_8),
                            "sco.html", SCO.getBytes(StandardCharsets.UTF_8), "zeros.bin", new byte[64 << 20])),
                    "no-manifest", zip("no-manifest", files("sco.html", SCO)),
                    "xxe", zip("xxe", files("imsmanifest.xml", manifest("sco.html").replace("?>\n",
                            "?>\n<!DOCTYPE manifest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"), "sco.html", SCO)),
                    "no-launch", zip("no-launch", files("imsmanifest.xml", manifest("missing.html"), "sco.html", SCO)));
            for (Map.Entry<String, String> refusal : hostile.entrySet()) {
                upload(trainer, zips.get(refusal.getKey()));
                trainer.waitForText(By.id("messages"), refusal.getValue());
                assertThat(trainer.driver().findElements(By.cssSelector(".scorm-version"))).as(refusal.getKey()).isEmpty();
            }
            trainer.screenshot("scorm-refused");

            upload(trainer, zip("conduct", files("imsmanifest.xml", manifest("sco/index.html"), "sco/index.html", SCO)));
            trainer.waitForText(By.id("messages"), "passed every check");
            String version = trainer.waitFor(By.id("version-1")).getText();
            assertThat(version).contains("Conduct e-learning").contains("SCORM 1.2").contains("The essentials")
                    .contains("sco/index.html").contains("80").contains("Not published");
            trainer.screenshot("scorm-preview");
            trainer.submit(By.cssSelector("[id='version-1'] button"));
            trainer.waitForText(By.id("messages"), "is published");
        }

        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            reader.open("/training/course.xhtml?id=" + courseId);
            reader.click(By.id("learnForm:openScorm"));
            playUntil(reader, "first visit");
            // The location and suspend data reached the intranet (the player counts the commits it answered).
            new WebDriverWait(reader.driver(), Duration.ofSeconds(15)).until(d ->
                    d.findElement(By.id("scorm-status")).getAttribute("data-commits") != null);
            reader.screenshot("scorm-first-visit");

            reader.open("/training/index.xhtml");
            reader.open("/training/course.xhtml?id=" + courseId);
            reader.click(By.id("learnForm:openScorm"));
            playUntil(reader, "resumed seen=1 at page-2");
            reader.driver().switchTo().frame("scorm-frame");
            reader.driver().findElement(By.id("sco-finish")).click();
            reader.driver().switchTo().defaultContent();
            reader.waitForText(By.id("scorm-status"), "the course is complete");
            reader.screenshot("scorm-completed");

            assertThat((String) reader.call("GET", "/api/v1/training/my/completions", null).get("text"))
                    .contains(title);
            reader.open("/training/index.xhtml");
            reader.driver().findElements(By.cssSelector("#myTraining .ui-tabs-nav a")).get(2).click();
            reader.waitFor(By.xpath("//*[@id='myTraining:certificates']//tr[contains(., '" + title
                    + "')]//a[contains(@class, 'certificate-link')]"));
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
