package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Pre-deployment attestations on the real stack (PostgreSQL, Payara, OIDC sign-in): a file with
 * bad rows is reported line by line and stores nothing; the corrected file imports as a pending batch;
 * its uploader may not verify it; a second trainer of the mission does, and the people it names show
 * the course completed on the roster; two decisions at once, one wins. Codes and identifiers are unique
 * per run (both modes share the database).
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class AttestationImportIT {

    private static final String HEADER = "person_id,name,category,country,course_code,completed_on,training_centre\n";
    private static final String API = "/api/v1/training/attestations";

    /** A published course for police and military, made in the editor; its id. */
    private static long publishedCourse(Browser trainer, String code) {
        trainer.open("/training/manage/index.xhtml");
        trainer.type(By.id("newCourse:code"), code);
        trainer.type(By.id("newCourse:titleEn"), "Formed police units before deployment " + code);
        trainer.submit(By.id("newCourse:create"));
        long courseId = Long.parseLong(trainer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        trainer.type(By.id("describe:audience"), "police, military");
        trainer.submit(By.id("describe:saveDescription"));
        trainer.type(By.id("addModule:moduleTitle"), "Before deployment");
        trainer.submit(By.id("addModule:add"));
        trainer.type(By.id("addLesson:lessonTitle"), "Mandate and rules of engagement");
        trainer.waitFor(By.cssSelector("[id='addLesson:lessonHtml'] .ql-editor")).sendKeys("Taught at the national centre.");
        trainer.submit(By.id("addLesson:add"));
        trainer.submit(By.id("state:publish"));
        assertThat(trainer.waitFor(By.id("course-state")).getText()).contains("Published");
        return courseId;
    }

    private static HttpResponse<String> upload(ApiSession session, String name, String csv, boolean createLearners)
            throws Exception {
        return session.send("POST", API + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&createLearners=" + createLearners, "text/csv",
                HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> decide(ApiSession session, long batch, String json) throws Exception {
        return session.json("POST", API + "/" + batch + "/verification", json);
    }

    @Test
    void badLinesAreListedAndNothingStoredTheCorrectedFileImportsAndASecondTrainerVerifiesIt() throws Exception {
        String run = (ItEnvironment.authMode() + Long.toString(System.currentTimeMillis(), 36)).toUpperCase(Locale.ROOT);
        String code = "PDT-" + run;
        String alice = "UN-" + run + "-1";
        String bruno = "UN-" + run + "-2";
        String past = LocalDate.now().minusDays(20).toString();
        String future = LocalDate.now().plusDays(40).toString();
        long courseId;
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            courseId = publishedCourse(trainer, code);
        }
        ApiSession focalPoint = ApiSession.signIn("trainer");
        ApiSession second = ApiSession.signIn("trainer2");

        String bad = HEADER
                + alice + ",Aïcha Koné,police,SEN," + code + "," + past + ",Dakar police school\n"      // 2 fine
                + bruno + ",Hélène Dupré,police,FRA,NO-SUCH-COURSE," + past + ",Paris\n"               // 3 unknown course
                + alice + ",Aïcha Koné,police,SEN," + code + "," + past + ",Dakar police school\n"      // 4 duplicate of 2
                + bruno + ",Hélène Dupré,police,FRA," + code + "," + future + ",Paris\n"               // 5 future date
                + bruno + ",Hélène Dupré,police,FRA," + code + ",12/10/2026,Paris\n"                   // 6 bad date
                + bruno + ",Hélène Dupré,civilian,FRA," + code + "," + past + ",Paris\n"               // 7 category
                + bruno + ",\"=HYPERLINK(\"\"http://x\"\")\",police,FRA," + code + "," + past + ",Paris\n"; // 8 formula
        HttpResponse<String> refused = upload(focalPoint, "fpu-" + run + ".csv", bad, true);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        Map<String, Object> report = ApiSession.json(refused.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> lines = (Map<String, Object>) report.get("report");
        assertThat(((Number) lines.get("badLines")).intValue()).isEqualTo(6);
        assertThat(refused.body()).contains("UNKNOWN_COURSE", "DUPLICATE_IN_FILE", "FUTURE_DATE", "BAD_DATE",
                "CATEGORY_NOT_ALLOWED", "FORMULA");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) lines.get("problems");
        assertThat(problems).extracting(p -> ((Number) p.get("line")).intValue()).containsExactly(3, 4, 5, 6, 7, 8);
        HttpResponse<String> unknownPeople = upload(focalPoint, "fpu-" + run + ".csv",
                HEADER + alice + ",Aïcha Koné,police,SEN," + code + "," + past + ",Dakar\n", false);
        assertThat(unknownPeople.body()).contains("UNKNOWN_PERSON");
        assertThat(focalPoint.get(API).body()).as("nothing stored").doesNotContain("fpu-" + run);

        String corrected = HEADER
                + alice + ",Aïcha Koné,police,SEN," + code + "," + past + ",Dakar police school\n"
                + bruno + ",Hélène Dupré,police,FRA," + code + "," + past + ",École nationale de police, Paris\n";
        corrected = corrected.replace("École nationale de police, Paris", "\"École nationale de police, Paris\"");
        HttpResponse<String> imported = upload(focalPoint, "fpu-" + run + "-fixed.csv", corrected, true);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> batch = (Map<String, Object>) ApiSession.json(imported.body()).get("batch");
        long batchId = ((Number) batch.get("id")).longValue();
        int version = ((Number) batch.get("version")).intValue();
        assertThat(batch.get("status")).isEqualTo("PENDING");
        assertThat(upload(focalPoint, "again.csv", corrected, true).body()).as("the same lines again")
                .contains("ALREADY_RECORDED");

        HttpResponse<String> own = decide(focalPoint, batchId, "{\"decision\":\"VERIFY\",\"version\":" + version + "}");
        assertThat(own.statusCode()).isEqualTo(400);
        assertThat(own.body()).contains("attestation.error.fourEyes");
        String roster = "/api/v1/training/courses/" + courseId + "/roster";
        assertThat(focalPoint.get(roster).body()).doesNotContain(alice);

        // Two decisions at once on the version read: one wins, the other is told.
        CompletableFuture<HttpResponse<String>> verify = CompletableFuture.supplyAsync(() -> quietly(() ->
                decide(second, batchId, "{\"decision\":\"VERIFY\",\"version\":" + version + "}")));
        CompletableFuture<HttpResponse<String>> reject = CompletableFuture.supplyAsync(() -> quietly(() ->
                decide(second, batchId, "{\"decision\":\"REJECT\",\"version\":" + version + ",\"reason\":\"late\"}")));
        List<Integer> statuses = List.of(verify.get().statusCode(), reject.get().statusCode());
        assertThat(statuses).as(verify.get().body() + " / " + reject.get().body()).containsExactlyInAnyOrder(200, 409);
        boolean verified = verify.get().statusCode() == 200;
        if (!verified) {
            // The rejection won the race: the same file, uploaded again, is verified this time.
            HttpResponse<String> again = upload(focalPoint, "fpu-" + run + "-again.csv", corrected, true);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
            @SuppressWarnings("unchecked")
            Map<String, Object> b = (Map<String, Object>) ApiSession.json(again.body()).get("batch");
            assertThat(decide(second, ((Number) b.get("id")).longValue(), "{\"decision\":\"VERIFY\",\"version\":"
                    + ((Number) b.get("version")).intValue() + "}").statusCode()).isEqualTo(200);
        }

        String people = focalPoint.get(roster).body();
        assertThat(people).contains(alice, bruno, "Hélène Dupré", "COMPLETED");
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/attestations.xhtml");
            Path file = Files.createTempFile("fpu-", ".csv");
            Files.writeString(file, bad);
            trainer.driver().findElement(By.cssSelector("[id='upload'] input[type='file']")).sendKeys(file.toString());
            trainer.driver().findElement(By.id("upload:createLearners")).findElement(By.cssSelector(".ui-chkbox-box")).click();
            trainer.submit(By.id("upload:check"));
            // Line 2 is verified by now: the same file reports it too, as already recorded.
            assertThat(trainer.waitFor(By.id("report-summary")).getText()).contains("7 with problems");
            assertThat(trainer.driver().findElement(By.id("problems")).getText()).contains("NO-SUCH-COURSE", "line 2",
                    "already attested");
            trainer.screenshot("attestations-report");
            trainer.open("/training/manage/attestations.xhtml");
            assertThat(trainer.waitFor(By.id("batches:list")).getText()).contains("fpu-" + run);
        }
    }

    private interface Call {
        HttpResponse<String> run() throws Exception;
    }

    private static HttpResponse<String> quietly(Call call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
