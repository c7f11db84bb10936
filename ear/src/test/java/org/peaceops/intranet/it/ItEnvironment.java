package org.peaceops.intranet.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Where the components started by config/bin/test are; a missing setting fails the test at once. */
final class ItEnvironment {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private ItEnvironment() {
    }

    static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("System property " + name
                    + " is not set: run the integration tests through ./config/bin/test");
        }
        return value;
    }

    /** Server root, e.g. http://localhost:20080 (health, openapi and metrics live here). */
    static String serverUrl() {
        return required("it.base.url");
    }

    /** The intranet application, e.g. http://localhost:20080/intranet */
    static String appUrl() {
        return serverUrl() + "/intranet";
    }

    /** {@code demo} or {@code oidc}: the whole suite runs once in each mode (config/bin/test). */
    static String authMode() {
        return required("it.auth.mode");
    }

    static boolean oidc() {
        return "oidc".equals(authMode());
    }

    static HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** LOCAL DEV/TEST ONLY secret of the test client, from config/keycloak/peaceops-realm.json. */
    private static final String TEST_CLIENT_SECRET = "local-dev-only-intranet-tests-secret";

    /** Asks the test Keycloak for tokens with the password grant of the test-only client. */
    static HttpResponse<String> passwordGrant(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=intranet-tests&client_secret=" + TEST_CLIENT_SECRET
                + "&scope=openid&username=" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        return postForm(required("it.keycloak.url") + "/realms/peaceops/protocol/openid-connect/token", form);
    }

    /** A demo user's access token from the test Keycloak (every demo user's password is "demo"). */
    static String accessToken(String user) throws Exception {
        return accessToken(user, "demo");
    }

    /** An access token for any account of the test Keycloak, e.g. one a test has just created. */
    static String accessToken(String user, String password) throws Exception {
        HttpResponse<String> response = passwordGrant(user, password);
        Object token = response.statusCode() == 200 ? ApiSession.json(response.body()).get("access_token") : null;
        if (!(token instanceof String value)) {
            throw new IllegalStateException("No token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        return value;
    }

    static HttpResponse<String> postForm(String url, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
