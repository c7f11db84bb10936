package org.peaceops.intranet.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.json.Json;

/**
 * A signed-in person's session used over plain HTTP, in either sign-in mode: signed in once through the
 * browser (our form in demo mode, Keycloak's in OIDC mode), then its session cookie sent with each call.
 */
final class ApiSession {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    final String username;
    final String cookie;

    private ApiSession(String username, String cookie) {
        this.username = username;
        this.cookie = cookie;
    }

    static ApiSession signIn(String username) {
        try (Browser browser = new Browser()) {
            browser.signIn(username, "demo");
            // The demo import runs just after start-up: wait until the library lists documents.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            browser.open("/library/index.xhtml");
            while (browser.driver().findElements(By.partialLinkText("A New Partnership Agenda")).isEmpty()
                    && System.nanoTime() < deadline) {
                browser.open("/library/index.xhtml");
            }
            return new ApiSession(username, browser.sessionCookie());
        }
    }

    HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ItEnvironment.appUrl() + path))
                .timeout(Duration.ofSeconds(120)).header("Cookie", cookie).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, null, null, headers);
    }

    HttpResponse<String> json(String method, String path, String json) throws Exception {
        return send(method, path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    HttpResponse<String> put(String path, String contentType, byte[] content) throws Exception {
        return send("PUT", path, contentType, HttpRequest.BodyPublishers.ofByteArray(content));
    }

    /** A JSON object answer as a map (Selenium's JSON reader: the tests bring no other). */
    static Map<String, Object> body(HttpResponse<String> response) {
        return json(response.body());
    }

    static Map<String, Object> json(String body) {
        return new Json().toType(body, Json.MAP_TYPE);
    }

    /** The {@code documentId} of a document answer, or of the first row of a library page ({@code rows}). */
    static long documentId(String body) {
        Map<String, Object> json = json(body);
        Object id = json.get("documentId");
        if (id == null && json.get("rows") instanceof java.util.List<?> rows && !rows.isEmpty()) {
            id = ((Map<?, ?>) rows.get(0)).get("documentId");
        }
        if (!(id instanceof Number number)) {
            throw new AssertionError("No documentId in " + body);
        }
        return number.longValue();
    }
}
