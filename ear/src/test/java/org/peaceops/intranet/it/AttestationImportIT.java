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
        return publishedCourse(trainer, code, "police, military");
    }

    /** A published course for the categories given, made in the editor; its id. */
    private static long publishedCourse(Browser trainer, String code, String audience) {
        trainer.open("/training/manage/index.xhtml");
        trainer.type(By.id("newCourse:code"), code);
        trainer.type(By.id("newCourse:titleEn"), "Formed police units before deployment " + code);
        trainer.submit(By.id("newCourse:create"));
        long courseId = Long.parseLong(trainer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        trainer.type(By.id("describe:audience"), audience);
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

    /**
     * A file of 100,000 lines (the most one file may hold) is checked in the background while the page
     * shows how far it has come; every line passes (the people are new, and may be created).
     */
    @Test
    void aFileOfAHundredThousandLinesIsCheckedWhileThePageShowsItsProgress() throws Exception {
        String run = (ItEnvironment.authMode() + Long.toString(System.currentTimeMillis(), 36)).toUpperCase(Locale.ROOT);
        String code = "PDX-" + run;
        String past = LocalDate.now().minusDays(30).toString();
        Path file = Files.createTempFile("attestations-100k-", ".csv");
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            publishedCourse(trainer, code);
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                for (int i = 1; i <= 100_000; i++) {
                    out.write("UN-" + run + "-" + i + ",Person " + i + ",police,SEN," + code + "," + past + ",Dakar\n");
                }
            }
            trainer.open("/training/manage/attestations.xhtml");
            trainer.driver().findElement(By.cssSelector("[id='upload'] input[type='file']")).sendKeys(file.toString());
            trainer.driver().findElement(By.id("upload:createLearners")).findElement(By.cssSelector(".ui-chkbox-box")).click();
            trainer.submit(By.id("upload:check"));
            assertThat(trainer.waitFor(By.id("progress-text")).getText()).as("the page says how far the check has come")
                    .contains("Checking the file");
            // Until the reading thread has read its first bytes the share is unknown and the bar is the
            // indeterminate one; from the next poll on it shows the percent of the CSV read.
            assertThat(trainer.driver().findElements(By.cssSelector("[id='progressForm:progressBar'], [id='progressForm:progressBusy']")))
                    .as("a progress bar, with its percent or busy").isNotEmpty();
            trainer.screenshot("attestations-progress");
            String summary = new org.openqa.selenium.support.ui.WebDriverWait(trainer.driver(), java.time.Duration.ofSeconds(300))
                    .until(d -> d.findElements(By.id("report-summary")).stream().map(e -> e.getText())
                            .filter(t -> !t.isBlank()).findFirst().orElse(null));
            assertThat(summary.replaceAll("[^0-9 ]", "")).as(summary).contains("100000 ", " 0 ");
            assertThat(trainer.driver().findElements(By.id("progress-text"))).as("the progress is gone once done").isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Attestation files name people by personnel number. Someone attested before they ever signed in (an
     * account an administrator has just created with that number, in OIDC mode) finds the completion in
     * their own record at their first sign-in; someone known already (the reader) finds it there too.
     */
    @Test
    void aPersonAttestedByPersonnelNumberFindsTheCompletionInTheirOwnRecord() throws Exception {
        String run = (ItEnvironment.authMode() + Long.toString(System.currentTimeMillis(), 36)).toUpperCase(Locale.ROOT);
        String code = "PDN-" + run;
        String past = LocalDate.now().minusDays(10).toString();
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            publishedCourse(trainer, code, "police, military, civilian");
        }
        // The reader's number in each identity store (config/keycloak/peaceops-realm.json, DemoAccounts).
        String readerNumber = ItEnvironment.oidc() ? "UN-100101" : "UN-900101";
        StringBuilder csv = new StringBuilder(HEADER).append(readerNumber).append(",Reader,civilian,SEN,")
                .append(code).append(',').append(past).append(",Entebbe regional centre\n");
        String newcomer = null;
        if (ItEnvironment.oidc()) {
            newcomer = "it-pn-" + run.toLowerCase(Locale.ROOT);
            String number = "UN-" + run + "-7";
            try (Browser admin = new Browser()) {
                admin.signIn("admin", "demo");
                admin.open("/admin/accounts.xhtml");
                admin.waitFor(By.id("accountsForm:accounts"));
                AccountAdministrationIT.create(admin, newcomer, "police", number);
            }
            csv.append(number).append(",Integration Tester,police,GHA,").append(code).append(',').append(past)
                    .append(",Accra police academy\n");
        }
        HttpResponse<String> imported = upload(ApiSession.signIn("trainer"), "pn-" + run + ".csv", csv.toString(), true);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> batch = (Map<String, Object>) ApiSession.json(imported.body()).get("batch");
        HttpResponse<String> verified = decide(ApiSession.signIn("trainer2"), ((Number) batch.get("id")).longValue(),
                "{\"decision\":\"VERIFY\",\"version\":" + ((Number) batch.get("version")).intValue() + "}");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);

        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            assertThat(completed(reader)).contains(code);
        }
        if (newcomer != null) {
            try (Browser person = AccountAdministrationIT.signInFirstTime(newcomer)) {
                assertThat(completed(person)).as("attested before the first sign-in").contains(code);
                person.screenshot("attested-newcomer-record");
            }
        }
    }

    /** The text of the signed-in person's completed-training table (on a tab: read whether shown or not). */
    private static String completed(Browser person) {
        person.open("/training/index.xhtml");
        return person.waitFor(By.id("myTraining")).findElements(By.cssSelector("[id$='completed']")).stream()
                .map(e -> e.getAttribute("textContent")).findFirst().orElse("(no completed training)");
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
