package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix's "version" dimension, over HTTP against the deployed EAR: one public UNMISS
 * document whose version 1 (written by admin) is in force while the contributor's version 2 goes through
 * draft, submitted, approved, promulgated (version 1 superseded) and withdrawn. At each status every read
 * route (document page, diff page, download, preview, API document, versions and version, API file, search) answers
 * each person as the access policy's per-version rule says: drafts are their author's and the
 * administrators', submitted work also the approvers' (of the owning mission or headquarters), published
 * versions everyone's while the document is published. And the review's attack: a reader of MINUSCA gets
 * nothing of a draft with a secret line, whatever the route; a download is audited whatever its range.
 */
@Tag("one-mode") // the policy is the same whichever way people sign in: OIDC mode only (config/bin/test)
class VersionAccessMatrixIT {

    private static final String API = "/api/v1/documents";
    private static final List<String> PEOPLE = List.of("reader", "reader2", "contributor", "approver", "admin");
    /** Signed-in sessions by user name, one sign-in per person for the whole class. */
    private static final Map<String, ApiSession> SESSIONS = new HashMap<>();

    @BeforeAll
    static void signIn() {
        for (String user : PEOPLE) {
            SESSIONS.put(user, ApiSession.signIn(user));
        }
    }

    private static HttpResponse<String> send(String user, String method, String path, String contentType, String body,
            String... headers) throws Exception {
        return SESSIONS.get(user).send(method, path, contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), headers);
    }

    private static HttpResponse<String> get(String user, String path, String... headers) throws Exception {
        return send(user, "GET", path, null, null, headers);
    }

    private static void step(String user, long id, String json) throws Exception {
        HttpResponse<String> r = send(user, "POST", API + "/" + id + "/transitions", "application/json", json);
        assertThat(r.statusCode()).as(user + " " + json + ": " + r.body()).isEqualTo(200);
    }

    private static void putFile(String user, long id, int version, String name, String text) throws Exception {
        HttpResponse<String> r = send(user, "PUT", API + "/" + id + "/versions/" + version + "/file?name=" + name,
                "text/plain", text);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** A word nobody else's document contains, letters only so that no analyzer splits it. */
    private static String token() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("vq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** Public guidance of UNMISS, version 1 written by admin and promulgated by the approver. */
    private static long promulgatedDocument(String token) throws Exception {
        String reference = "VA." + token.substring(2, 8).toUpperCase();
        HttpResponse<String> created = send("admin", "POST", API, "application/json", "{\"type\":\"SOP\","
                + "\"referenceNumber\":\"" + reference + "\",\"titleEn\":\"Convoy procedure " + token + "\","
                + "\"languages\":[\"en\"],\"owningOffice\":\"Mission Support\",\"mission\":\"UNMISS\","
                + "\"classification\":\"PUBLIC\",\"themes\":[\"PLANNING\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ((Number) ApiSession.body(created).get("documentId")).longValue();
        putFile("admin", id, 1, "v1-" + token + ".txt", "Convoy procedure " + token + "\nConvoys leave by day.\n");
        step("admin", id, "{\"action\":\"SUBMIT\"}");
        step("approver", id, "{\"action\":\"APPROVE\",\"comment\":\"Fine\"}");
        step("approver", id, "{\"action\":\"PROMULGATE\",\"effectiveDate\":\"2026-01-15\"}");
        return id;
    }

    /** The contributor opens version 2 and puts the secret line in its file. */
    private static void secretDraft(long id, String token, String secret) throws Exception {
        step("contributor", id, "{\"action\":\"REVISE\"}");
        putFile("contributor", id, 2, "v2-" + token + ".txt",
                "Convoy procedure " + token + "\nConvoys leave by day.\n" + secret + "\n");
        // The diff reads the extracted texts, which the ingest pipeline makes just after the upload.
        String diff = "/library/diff.xhtml?doc=" + id + "&from=1&to=2";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!get("contributor", diff).body().contains(secret) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(get("contributor", diff).body()).as("the author compares the draft").contains(secret);
    }

    @Test
    void aReaderOfAnotherMissionGetsNothingOfADraftThroughAnyRouteWhileItsAuthorDoes() throws Exception {
        String token = token();
        String secret = "Secret line " + token + " the convoy leaves at 0400";
        long id = promulgatedDocument(token);
        secretDraft(id, token, secret);

        HttpResponse<String> diff = get("reader2", "/library/diff.xhtml?doc=" + id + "&from=1&to=2");
        assertThat(diff.body()).doesNotContain(secret).contains("document-missing");
        HttpResponse<String> versions = get("reader2", API + "/" + id + "/versions");
        assertThat(versions.statusCode()).isEqualTo(200);
        assertThat(versions.body()).contains("v1-" + token).doesNotContain("v2-" + token);
        assertThat(get("reader2", API + "/" + id).body()).doesNotContain("v2-" + token).contains("v1-" + token);
        assertThat(get("reader2", API + "/" + id + "/versions/2/file").statusCode()).isEqualTo(404);
        HttpResponse<String> version = get("reader2", API + "/" + id + "/versions/2");
        assertThat(version.statusCode()).isEqualTo(404);
        assertThat(version.body()).doesNotContain("v2-" + token).doesNotContain(secret);
        HttpResponse<String> download = get("reader2", "/library/download?id=" + id + "&version=2");
        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(download.body()).doesNotContain(secret);
        assertThat(get("reader2", "/library/preview?id=" + id + "&version=2&size=thumb&page=1").statusCode())
                .isEqualTo(404);
        HttpResponse<String> page = get("reader2", "/library/document.xhtml?id=" + id);
        assertThat(page.body()).contains("v1-" + token).doesNotContain("v2-" + token).doesNotContain(secret)
                .doesNotContain("from=1&amp;to=2");

        assertThat(get("contributor", "/library/diff.xhtml?doc=" + id + "&from=1&to=2").body()).contains(secret);
        assertThat(get("contributor", API + "/" + id + "/versions").body()).contains("v2-" + token);
        assertThat(get("contributor", "/library/download?id=" + id + "&version=2").body()).contains(secret);
        assertThat(get("contributor", "/library/preview?id=" + id + "&version=2&size=thumb&page=1").statusCode())
                .isEqualTo(200);
        assertThat(get("contributor", "/library/document.xhtml?id=" + id).body()).contains("v2-" + token);

        for (String user : List.of("reader2", "contributor")) {
            try (Browser browser = new Browser()) {
                browser.signIn(user, "demo");
                browser.open("/library/document.xhtml?id=" + id);
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "arguments[0].scrollIntoView();", browser.waitFor(org.openqa.selenium.By.id("versions")));
                browser.screenshot("version-access-" + user);
            }
        }
    }

    @Test
    void aDownloadIsAuditedOncePerPersonWhateverItsRange() throws Exception {
        String token = token();
        long id = promulgatedDocument(token);
        String path = "/library/download?id=" + id + "&version=1";

        HttpResponse<String> suffix = get("reader2", path, "Range", "bytes=-2000000000");
        assertThat(suffix.statusCode()).isEqualTo(206);
        assertThat(suffix.body()).contains("Convoys leave by day.");
        HttpResponse<String> several = get("reader2", path, "Range", "bytes=5-6,0-");
        assertThat(several.body()).contains("Convoys leave by day.");
        assertThat(auditedDownloads(id)).as("the first request with bytes is recorded, the second is the same download")
                .isEqualTo(1);

        assertThat(get("reader2", path).statusCode()).isEqualTo(200);
        assertThat(get("reader2", API + "/" + id + "/versions/1/file").statusCode()).isEqualTo(200);
        assertThat(auditedDownloads(id)).as("reader2 has had this version's file").isEqualTo(1);

        assertThat(get("reader", path, "Range", "bytes=10-20").statusCode()).isEqualTo(206);
        assertThat(auditedDownloads(id)).as("another person").isEqualTo(2);
    }

    private static long auditedDownloads(long id) throws Exception {
        HttpResponse<String> csv = get("admin", "/admin/audit.csv?action=VERSION_DOWNLOADED&document=" + id);
        assertThat(csv.statusCode()).isEqualTo(200);
        return csv.body().lines().filter(line -> line.contains(id + "/1")).count();
    }

    // ---- the matrix: person × status of version 2 × read route ----

    private enum Stage {
        DRAFT("DRAFT", "PROMULGATED", "PROMULGATED"),
        SUBMITTED("SUBMITTED", "PROMULGATED", "PROMULGATED"),
        APPROVED("APPROVED", "PROMULGATED", "PROMULGATED"),
        PROMULGATED("PROMULGATED", "SUPERSEDED", "PROMULGATED"),
        WITHDRAWN("WITHDRAWN", "SUPERSEDED", "WITHDRAWN");

        final String v2;
        final String v1;
        /** The status of the version in force, or else the newest: what the document is judged on. */
        final String document;

        Stage(String v2, String v1, String document) {
            this.v2 = v2;
            this.v1 = v1;
            this.document = document;
        }

        String status(int version) {
            return version == 1 ? v1 : v2;
        }

        /** The version the document is judged on and search lists by default. */
        int current() {
            return v2.equals("PROMULGATED") || v2.equals("WITHDRAWN") ? 2 : 1;
        }
    }

    /**
     * The access policy's per-version rule for this public UNMISS document (AccessPolicy.decideVersion),
     * for the five demo people: admin (HQ) wrote version 1, contributor (UNMISS) version 2.
     */
    private static boolean mayRead(String user, Stage stage, int version) {
        String currentAuthor = stage.current() == 1 ? "admin" : "contributor";
        return mayRead(user, stage.document, currentAuthor)
                && mayRead(user, stage.status(version), version == 1 ? "admin" : "contributor");
    }

    private static boolean mayRead(String user, String status, String author) {
        if (Set.of("PROMULGATED", "UNDER_REVIEW", "SUPERSEDED").contains(status)) {
            return true;
        }
        return user.equals(author) || user.equals("admin") || (user.equals("approver") && !status.equals("DRAFT"));
    }

    @Test
    void everyReadRouteAnswersAsThePolicyForEachPersonAndVersionStatus() throws Exception {
        String token = token();
        long id = promulgatedDocument(token);
        secretDraft(id, token, "Secret line " + token);
        SoftAssertions softly = new SoftAssertions();
        int refused = 0;
        for (Stage stage : Stage.values()) {
            switch (stage) {
                case DRAFT -> { }
                case SUBMITTED -> step("contributor", id, "{\"action\":\"SUBMIT\"}");
                case APPROVED -> step("approver", id, "{\"action\":\"APPROVE\",\"comment\":\"Fine\"}");
                case PROMULGATED -> step("approver", id, "{\"action\":\"PROMULGATE\",\"effectiveDate\":\"2026-02-01\"}");
                case WITHDRAWN -> step("approver", id, "{\"action\":\"WITHDRAW\",\"comment\":\"Replaced\"}");
            }
            awaitSearchIndex(stage, id, token);
            for (String user : PEOPLE) {
                boolean document = mayRead(user, stage, stage.current());
                String documentJson = get(user, API + "/" + id).body();
                String versionsJson = get(user, API + "/" + id + "/versions").body();
                String page = get(user, "/library/document.xhtml?id=" + id).body();
                String diff = get(user, "/library/diff.xhtml?doc=" + id + "&from=1&to=2").body();
                Set<Integer> found = searchHits(user, id, token);
                for (int version : new int[] {1, 2}) {
                    boolean allowed = mayRead(user, stage, version);
                    refused += allowed ? 0 : 1;
                    String cell = user + " reading v" + version + " (" + stage.status(version) + ", document "
                            + stage.document + ") ";
                    String file = "v" + version + "-" + token;
                    softly.assertThat(documentJson.contains(file)).as(cell + "API document").isEqualTo(allowed);
                    softly.assertThat(versionsJson.contains(file)).as(cell + "API versions").isEqualTo(allowed);
                    softly.assertThat(page.contains(file)).as(cell + "document page").isEqualTo(allowed);
                    int expected = allowed ? 200 : 404;
                    HttpResponse<String> resource = get(user, API + "/" + id + "/versions/" + version);
                    softly.assertThat(resource.statusCode()).as(cell + "API version").isEqualTo(expected);
                    softly.assertThat(resource.body().contains(file)).as(cell + "API version body").isEqualTo(allowed);
                    softly.assertThat(get(user, API + "/" + id + "/versions/" + version + "/file").statusCode())
                            .as(cell + "API file").isEqualTo(expected);
                    softly.assertThat(get(user, "/library/download?id=" + id + "&version=" + version).statusCode())
                            .as(cell + "download").isEqualTo(expected);
                    softly.assertThat(get(user, "/library/preview?id=" + id + "&version=" + version
                            + "&size=thumb&page=1").statusCode()).as(cell + "preview").isEqualTo(expected);
                    boolean listed = allowed && (version == stage.current() || stage.status(version).equals("SUPERSEDED"));
                    softly.assertThat(found.contains(version)).as(cell + "search").isEqualTo(listed);
                }
                boolean both = mayRead(user, stage, 1) && mayRead(user, stage, 2);
                softly.assertThat(diff.contains("Secret line " + token)).as(user + " diff at " + stage).isEqualTo(both);
                softly.assertThat(diff.contains("document-missing")).as(user + " diff refused at " + stage).isEqualTo(!both);
                softly.assertThat(documentJson.contains("\"documentId\"")).as(user + " document at " + stage)
                        .isEqualTo(document);
            }
        }
        assertThat(refused).as("the matrix has refusals").isPositive();
        softly.assertAll();
    }

    /** Version numbers of this document among the search hits for the token, superseded versions included. */
    private static Set<Integer> searchHits(String user, long id, String token) throws Exception {
        return searchStatuses(user, id, token).keySet();
    }

    /** The same hits with the status each shows, by version number. */
    private static Map<Integer, String> searchStatuses(String user, long id, String token) throws Exception {
        Map<String, Object> body = ApiSession.body(get(user, "/api/v1/search?q=" + token + "&superseded=true&size=50"));
        Map<Integer, String> versions = new java.util.TreeMap<>();
        for (Object item : (List<?>) body.get("hits")) {
            Map<?, ?> hit = (Map<?, ?>) item;
            if (((Number) hit.get("documentId")).longValue() == id) {
                versions.put(((Number) hit.get("versionNumber")).intValue(), String.valueOf(hit.get("status")));
            }
        }
        return versions;
    }

    /**
     * The index is drained by a timer: waits until the administrator, who reads everything, finds this
     * stage's versions with this stage's statuses.
     */
    private static void awaitSearchIndex(Stage stage, long id, String token) throws Exception {
        Map<Integer, String> expected = new java.util.TreeMap<>(Map.of(stage.current(), stage.status(stage.current())));
        if (stage.v1.equals("SUPERSEDED")) {
            expected.put(1, "SUPERSEDED");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!searchStatuses("admin", id, token).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(searchStatuses("admin", id, token)).as("the search index caught up with " + stage).isEqualTo(expected);
    }
}
