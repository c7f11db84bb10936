import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in session of the demo contributor on a running intranet (demo sign-in), for the benchmarks
 * that go through the server: the login form, then drafts with their file PUT through the API.
 */
final class DemoSession {

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    final String base;

    /** A draft and the SHA-256 of its stored file (null when the file was refused). */
    record Draft(long documentId, String sha256, int status) {
    }

    DemoSession(String base) throws Exception {
        this.base = base;
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/intranet/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        Matcher action = Pattern.compile("<form id=\"loginForm\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
        if (!state.find() || !action.find()) {
            throw new IllegalStateException("No demo login form at " + base + "/intranet/login.xhtml (is the server in demo mode?)");
        }
        String body = "loginForm=loginForm&username=contributor&password=demo&signIn=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base + "/intranet/api/v1/me"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (me.statusCode() != 200) {
            throw new IllegalStateException("Signing in as the demo contributor failed: /api/v1/me answered " + me.statusCode());
        }
    }

    /** A new draft (reference {@code reference}) with {@code file} as the file of version 1. */
    Draft draft(String reference, Path file) throws Exception {
        String api = base + "/intranet/api/v1/documents";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(api)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"OTHER\","
                        + "\"referenceNumber\":\"" + reference + "\",\"titleEn\":\"Benchmark " + reference + "\",\"languages\":[\"en\"],"
                        + "\"owningOffice\":\"Policy and Best Practices Service\",\"mission\":\"HQ\",\"classification\":\"INTERNAL\","
                        + "\"themes\":[\"PLANNING\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"documentId\"\\s*:\\s*(\\d+)").matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Draft not created: " + created.statusCode() + " " + created.body());
        }
        String name = URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(api + "/" + id.group(1) + "/versions/1/file?name=" + name))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .timeout(Duration.ofMinutes(10)).PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher sha = Pattern.compile("\"sha256\"\\s*:\\s*\"([0-9a-f]{64})\"").matcher(put.body());
        return new Draft(Long.parseLong(id.group(1)), put.statusCode() == 200 && sha.find() ? sha.group(1) : null, put.statusCode());
    }
}
