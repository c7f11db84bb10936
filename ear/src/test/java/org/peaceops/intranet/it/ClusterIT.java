package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The cluster of config/bin/cluster, started by the test command's cluster stage (tag "cluster": it runs
 * there only, in demo mode): two Payara instances of one deployment group behind HAProxy (it.base.url), a
 * PostgreSQL primary with a hot standby, one shared data directory. What one instance writes the other finds
 * (sessions, search, files), the nightly jobs run once for both, the standby holds the rows, and a person
 * signed in through an instance that is killed carries on through the other without signing in again.
 * The instance's kill is last: the tests before it need both.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String API = "/api/v1/documents";

    private static Properties cluster;
    private static List<String> instances;
    private static ApiSession contributor;
    private static ApiSession approver;
    private static ApiSession reader;
    private static String promulgatedReference;

    @BeforeAll
    static void signIn() throws IOException {
        cluster = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(ItEnvironment.required("it.cluster")))) {
            cluster.load(in);
        }
        instances = List.of(setting("INSTANCES").replace("\"", "").trim().split("\\s+"));
        assertThat(instances).hasSize(2);
        contributor = ApiSession.signIn("contributor");
        approver = ApiSession.signIn("approver");
        reader = ApiSession.signIn("reader");
    }

    private static String setting(String key) {
        String value = cluster.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(key + " is missing from " + ItEnvironment.required("it.cluster"));
        }
        return value;
    }

    private static String url(String instance) {
        return setting(instance + "_URL") + "/intranet";
    }

    /** A call through one instance, with a session signed in through the load balancer. */
    private static HttpRequest.Builder request(String instance, String path) {
        return HttpRequest.newBuilder(URI.create(url(instance) + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json");
    }

    /**
     * The person's client: their session cookie, and the cookies the instances add (Payara's session version),
     * sent to both instances as a browser sends them through the load balancer (cookies know hosts, not ports).
     */
    private static HttpClient client(ApiSession session) {
        return CLIENTS.computeIfAbsent(session, s -> {
            CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            HttpCookie id = new HttpCookie("JSESSIONID", s.cookie.substring("JSESSIONID=".length()));
            id.setPath("/intranet");
            id.setVersion(0);
            cookies.getCookieStore().add(URI.create("http://localhost/intranet"), id);
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        });
    }

    private static final Map<ApiSession, HttpClient> CLIENTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static HttpResponse<String> send(String instance, ApiSession session, String method, String path,
            String contentType, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = request(instance, path).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client(session).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> json(String instance, ApiSession session, String method, String path, String json)
            throws Exception {
        return send(instance, session, method, path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> get(String instance, ApiSession session, String path) throws Exception {
        return send(instance, session, "GET", path, null, HttpRequest.BodyPublishers.noBody());
    }

    private static String unique() {
        return "Clu" + Long.toString(System.nanoTime() % 1_000_000_000_000L, 36).replaceAll("[0-9]", "q");
    }

    private static long draft(String instance, String reference, String title) throws Exception {
        HttpResponse<String> created = json(instance, contributor, "POST", API, "{\"type\":\"SOP\",\"referenceNumber\":\""
                + reference + "\",\"titleEn\":\"" + title + "\",\"languages\":[\"en\"],"
                + "\"owningOffice\":\"Policy and Best Practices Service\",\"mission\":\"HQ\",\"classification\":\"INTERNAL\","
                + "\"themes\":[\"PLANNING\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiSession.documentId(created.body());
    }

    @Test
    @Order(1)
    void aDocumentPromulgatedThroughOneInstanceIsFoundThroughTheOther() throws Exception {
        String a = instances.get(0);
        String b = instances.get(1);
        String word = unique();
        promulgatedReference = "CLU." + word.toUpperCase();
        long id = draft(a, promulgatedReference, "Cluster check " + word);
        HttpResponse<String> file = send(a, contributor, "PUT", API + "/" + id + "/versions/1/file?name=sop.txt",
                "text/plain", HttpRequest.BodyPublishers.ofString("The procedure " + word + ".\n"));
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(json(a, contributor, "POST", API + "/" + id + "/transitions", "{\"action\":\"SUBMIT\"}").statusCode())
                .isEqualTo(200);
        assertThat(json(a, approver, "POST", API + "/" + id + "/transitions", "{\"action\":\"APPROVE\",\"comment\":\"Fine\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> promulgated = json(a, approver, "POST", API + "/" + id + "/transitions",
                "{\"action\":\"PROMULGATE\",\"effectiveDate\":\"2026-01-15\"}");
        assertThat(promulgated.body()).contains("\"currentStatus\":\"PROMULGATED\"");

        long start = System.nanoTime();
        String found = "";
        while (System.nanoTime() - start < Duration.ofSeconds(30).toNanos() && !found.contains("\"total\":1")) {
            found = get(b, reader, "/api/v1/search?q=" + word).body();
            Thread.sleep(250);
        }
        System.out.printf("Cluster: promulgated through %s, found through %s after %d ms%n", a, b,
                (System.nanoTime() - start) / 1_000_000);
        assertThat(found).as("searching " + b + " for what " + a + " promulgated").contains("\"total\":1", word);
    }

    @Test
    @Order(2)
    void theSameFileUploadedThroughBothInstancesAtOnceIsStoredOnceAndIntact() throws Exception {
        byte[] content = largeText();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (String instance : instances) {
            ids.add(draft(instance, "CLU." + unique().toUpperCase(), "Cluster upload " + unique()));
        }
        for (int i = 0; i < instances.size(); i++) {
            HttpRequest put = request(instances.get(i), API + "/" + ids.get(i) + "/versions/1/file?name=same.txt")
                    .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build();
            uploads.add(client(contributor).sendAsync(put, HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> upload : uploads) {
            HttpResponse<String> response = upload.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains(expected);
        }
        Path blobs = Path.of(setting("SHARED_DIR"), "blobs");
        Path blob = blobs.resolve(expected.substring(0, 2)).resolve(expected.substring(2, 4)).resolve(expected);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(blob))))
                .isEqualTo(expected);
        try (Stream<Path> files = Files.walk(blobs)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith(expected)
                    || p.getFileName().toString().endsWith(".tmp")).toList())
                    .as("one file for the content, no temporary file left").containsExactly(blob);
        }
    }

    /** 12 MB of words: long enough for the two uploads to overlap, and text that the type check accepts. */
    private static byte[] largeText() {
        Random random = new Random();
        StringBuilder text = new StringBuilder(12_600_000);
        while (text.length() < 12_000_000) {
            text.append("line ").append(random.nextLong()).append(" of the same file uploaded twice\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Order(3)
    void theStandbyHoldsTheRowsWrittenOnThePrimary() throws Exception {
        try (Connection standby = DriverManager.getConnection(setting("STANDBY_URL"), setting("DB_USER"), setting("DB_PASSWORD"))) {
            assertThat(single(standby, "select pg_is_in_recovery()::text", null)).isEqualTo("true");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            String count = "0";
            while (!"1".equals(count) && System.nanoTime() < deadline) {
                count = single(standby, "select count(*)::text from documents.guidance_document where reference_number = ?",
                        promulgatedReference);
                Thread.sleep(200);
            }
            assertThat(count).as("the document promulgated on the primary, read on the standby").isEqualTo("1");
        }
    }

    private static String single(Connection db, String sql, String parameter) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /**
     * The cluster stage fires the review-date and recertification timers every minute
     * ({@code intranet.jobs.nightly-at=every-minute}): both instances fire them at the same moments, the
     * first firing claims the night and runs the job on one instance, the other instance finds it done.
     */
    @Test
    @Order(4)
    void theNightlyJobsRunOnceForTheWholeCluster() throws Exception {
        String period = LocalDate.now(ZoneOffset.UTC).toString();
        try (Connection primary = DriverManager.getConnection(setting("PRIMARY_URL"), setting("DB_USER"), setting("DB_PASSWORD"))) {
            for (String job : List.of("review-dates", "recertification")) {
                // Two firings at most: the first after readiness may have come before this test started.
                long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
                List<String> ran = nodes(primary, job, period);
                List<String> skipped = skippedBy(job, period);
                while (!ranOnceAndLeftByTheOther(ran, skipped) && System.nanoTime() < deadline) {
                    Thread.sleep(1000);
                    ran = nodes(primary, job, period);
                    skipped = skippedBy(job, period);
                }
                System.out.printf("Cluster: %s for %s ran on %s, skipped on %s%n", job, period, ran, skipped);
                assertThat(ran).as(job + " runs").hasSize(1);
                String runner = ran.get(0);
                assertThat(instances).contains(runner);
                String other = instances.stream().filter(i -> !i.equals(runner)).findFirst().orElseThrow();
                assertThat(skipped).as("the other instance fired " + job + " too and left it").contains(other);
            }
            List<String> imported = nodes(primary, "demo-content", "empty-library");
            assertThat(imported).as("the demo import, once").hasSize(1);
            assertThat(instances).contains(imported.get(0));
        }
    }

    private static boolean ranOnceAndLeftByTheOther(List<String> ran, List<String> skipped) {
        return ran.size() == 1 && skipped.stream().anyMatch(instance -> !instance.equals(ran.get(0)));
    }

    private static List<String> nodes(Connection db, String job, String period) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(
                "select node from documents.scheduled_job_run where job = ? and period = ?")) {
            statement.setString(1, job);
            statement.setString(2, period);
            List<String> nodes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    nodes.add(rows.getString(1));
                }
            }
            return nodes;
        }
    }

    /** The instances whose log says they left {@code job} to another (JpaJobClaims' message). */
    private static List<String> skippedBy(String job, String period) throws IOException {
        List<String> skipped = new ArrayList<>();
        for (String instance : instances) {
            Path log = Path.of(setting(instance + "_LOG"));
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1)
                    .contains(job + " for " + period + ": already run by another instance")) {
                skipped.add(instance);
            }
        }
        return skipped;
    }

    private static long pid(String instance) throws IOException {
        return Long.parseLong(Files.readString(Path.of(setting(instance + "_PID_FILE"))).trim());
    }

    private static long residentMegabytes(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1L);
    }

    /**
     * Signed in through the load balancer (a sticky cookie names the instance), that instance killed with
     * SIGKILL as a crash would: the next request of the same page (an ajax postback of the library's
     * view-scoped bean, whose injected services must work after the move) goes through the other instance,
     * with the same session and no new sign-in.
     */
    @Test
    @Order(5)
    void aSignedInPersonKeepsTheirSessionWhenTheirInstanceIsKilled() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("reader", "demo");
            browser.open("/library/index.xhtml");
            browser.waitFor(By.partialLinkText("A New Partnership Agenda"));
            browser.endAccessibilityAuditHere();
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            String victim = browser.driver().manage().getCookieNamed("SERVERID").getValue();
            assertThat(instances).contains(victim);
            for (String instance : instances) {
                System.out.printf("Cluster: %s RSS %d MB before the kill%n", instance, residentMegabytes(pid(instance)));
            }
            long pid = pid(victim);
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            process.destroyForcibly();
            process.onExit().get();
            long killed = System.nanoTime();

            WebElement table = browser.driver().findElement(By.id("libraryForm:documents"));
            Object chosen = ((JavascriptExecutor) browser.driver()).executeScript(
                    "const s = document.getElementById('libraryForm:language_input'); s.selectedIndex = 1;"
                            + "s.dispatchEvent(new Event('change', {bubbles: true})); return s.options[1].text;");
            browser.waitUntilReplaced(table);
            System.out.printf("Cluster: %s killed; the library's filter (%s) answered through the other instance after %d ms%n",
                    victim, chosen, (System.nanoTime() - killed) / 1_000_000);
            assertThat(browser.driver().findElement(By.id("libraryForm:documents")).isDisplayed()).isTrue();
            assertThat(browser.driver().getCurrentUrl()).contains("/library/index.xhtml");

            browser.open("/library/index.xhtml");
            assertThat(browser.onSignInPage()).as("no new sign-in").isFalse();
            browser.waitFor(By.cssSelector("nav.app-nav"));
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).isEqualTo(session);
            assertThat(browser.driver().manage().getCookieNamed("SERVERID").getValue()).isNotEqualTo(victim);
            Map<String, Object> me = browser.call("GET", "/api/v1/me", null);
            assertThat(me.get("status")).isEqualTo(200L);
            assertThat((String) me.get("text")).contains("reader");
        }
    }
}
