package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The documents API with Keycloak tokens (OIDC mode; demo mode takes no tokens at all): list, get,
 * metadata, versions, file, and the lifecycle through POST transitions with the pages' rules: the author
 * submits, the author cannot approve (four eyes), another approver approves and promulgates, a reader
 * may not withdraw (403), and what a caller may not read is not found (404).
 */
class DocumentsApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String API = "/api/v1/documents";

    private static HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ItEnvironment.appUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null, null);
    }

    private static HttpResponse<String> step(long id, String token, String json) throws Exception {
        return send("POST", API + "/" + id + "/transitions", token, "application/json", json);
    }

    private static long firstId(String json) {
        return ApiSession.documentId(json);
    }

    /** A new SOP drafted by {@code user} with its file attached; returns its id. */
    private static long draftWithFile(String token, String reference) throws Exception {
        HttpResponse<String> created = send("POST", API, token, "application/json", "{\"type\":\"SOP\",\"referenceNumber\":\""
                + reference + "\",\"titleEn\":\"API workflow " + reference + "\",\"languages\":[\"en\"],"
                + "\"owningOffice\":\"Policy and Best Practices Service\",\"mission\":\"HQ\",\"classification\":\"INTERNAL\","
                + "\"themes\":[\"PLANNING\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = firstId(created.body());
        HttpResponse<String> file = send("PUT", API + "/" + id + "/versions/1/file?name=sop.txt", token, "text/plain",
                "The procedure " + reference + ".\n");
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(file.body()).contains("\"sha256\"");
        return id;
    }

    private static String reference(String suffix) {
        return "API." + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase() + suffix;
    }

    @Test
    void demoModeTakesNoTokens() throws Exception {
        if (ItEnvironment.oidc()) {
            assertThat(get(API, "not-a-jwt").statusCode()).isEqualTo(401);
            return;
        }
        assertThat(get(API, ItEnvironment.accessToken("reader")).statusCode()).isEqualTo(401);
    }

    @Test
    void readersListAndReadPublishedGuidanceButNeverAnotherMissionsConfidentialDocument() throws Exception {
        if (!ItEnvironment.oidc()) {
            return; // demo mode: covered by demoModeTakesNoTokens
        }
        String reader = ItEnvironment.accessToken("reader");
        String reader2 = ItEnvironment.accessToken("reader2");
        HttpResponse<String> list = get(API + "?status=PROMULGATED&sort=TITLE&size=50", reader);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("A New Partnership Agenda").doesNotContain("Multidimensional and Integrated");

        HttpResponse<String> theirs = get(API + "?q=Multidimensional", reader2);
        assertThat(theirs.body()).contains("Multidimensional and Integrated");
        long confidential = firstId(theirs.body());
        assertThat(get(API + "/" + confidential, reader2).statusCode()).isEqualTo(200);
        for (String path : new String[] {"", "/metadata", "/versions", "/transitions", "/versions/1/file"}) {
            HttpResponse<String> hidden = get(API + "/" + confidential + path, reader);
            assertThat(hidden.statusCode()).as(path).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain("Multidimensional");
        }
        assertThat(get(API + "/999999999", reader).statusCode()).isEqualTo(404);

        long partnership = firstId(get(API + "?q=partnership", reader).body());
        assertThat(get(API + "/" + partnership + "/metadata", reader).body()).contains("\"status\":\"PROMULGATED\"")
                .contains("\"referenceNumber\"");
        assertThat(get(API + "/" + partnership + "/versions", reader).body()).contains("\"inForceFrom\"");
        HttpResponse<String> file = get(API + "/" + partnership + "/versions/1/file", reader);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("PARTNERSHIP AGENDA");
        assertThat(get(API + "/" + partnership + "/transitions", reader).body()).isEqualTo("{}");
        HttpResponse<String> withdraw = step(partnership, reader, "{\"action\":\"WITHDRAW\",\"comment\":\"no\"}");
        assertThat(withdraw.statusCode()).isEqualTo(403);
        assertThat(get(API + "?status=BOGUS", reader).statusCode()).isEqualTo(400);
    }

    @Test
    void submitApproveByAnotherPersonAndPromulgateThroughTheApi() throws Exception {
        if (!ItEnvironment.oidc()) {
            return; // demo mode: covered by demoModeTakesNoTokens and by WorkflowIT in the browser
        }
        String contributor = ItEnvironment.accessToken("contributor");
        String approver = ItEnvironment.accessToken("approver");
        String reader = ItEnvironment.accessToken("reader");
        long id = draftWithFile(contributor, reference("A"));

        assertThat(get(API + "/" + id, reader).statusCode()).as("a draft is its author's").isEqualTo(404);
        assertThat(get(API + "/" + id + "/transitions", contributor).body()).contains("\"SUBMIT\":1");
        assertThat(step(id, contributor, "{\"action\":\"SUBMIT\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> noReason = step(id, approver, "{\"action\":\"RETURN_TO_DRAFT\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("guidance.commentRequired");

        HttpResponse<String> approved = step(id, approver, "{\"action\":\"APPROVE\",\"comment\":\"Fine\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"currentStatus\":\"APPROVED\"");
        HttpResponse<String> promulgated = step(id, approver, "{\"action\":\"PROMULGATE\",\"effectiveDate\":\"2026-01-15\"}");
        assertThat(promulgated.statusCode()).as(promulgated.body()).isEqualTo(200);
        assertThat(promulgated.body()).contains("\"currentStatus\":\"PROMULGATED\"").contains("\"inForceFrom\":\"2026-01-15\"");

        assertThat(get(API + "/" + id, reader).statusCode()).as("published now").isEqualTo(200);
        HttpResponse<String> immutable = send("PUT", API + "/" + id + "/versions/1/file?name=other.txt", contributor,
                "text/plain", "changed");
        assertThat(immutable.statusCode()).as("a promulgated version never changes").isIn(400, 403);
        HttpResponse<String> told = get("/api/v1/notifications", contributor);
        assertThat(told.body()).contains("\"kind\":\"PROMULGATED\"").contains("\"documentId\":" + id);
    }

    @Test
    void anAuthorNeverApprovesTheirOwnDraft() throws Exception {
        if (!ItEnvironment.oidc()) {
            return;
        }
        String admin = ItEnvironment.accessToken("admin");
        long id = draftWithFile(admin, reference("F"));
        assertThat(step(id, admin, "{\"action\":\"SUBMIT\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> own = step(id, admin, "{\"action\":\"APPROVE\"}");
        assertThat(own.statusCode()).isEqualTo(400);
        assertThat(own.body()).contains("guidance.fourEyes");
        assertThat(get(API + "/" + id, admin).body()).contains("\"currentStatus\":\"SUBMITTED\"");
    }
}
