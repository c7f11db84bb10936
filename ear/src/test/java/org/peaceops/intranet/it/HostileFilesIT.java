package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peaceops.intranet.it.HostileFileSet.Accepted;
import org.peaceops.intranet.it.HostileFileSet.Case;
import org.peaceops.intranet.it.HostileFileSet.Refused;

/**
 * The hostile set of {@link HostileFileSet} sent through {@code PUT /api/v1/documents/{id}/versions/1/file},
 * each file on a new draft, and a few of them through the upload page. Every file gets the outcome of
 * the table (one soft assertion per row, so a failure lists every row that differs), and after the set
 * the server is ready, nothing was written outside the data directory, no extracted text and no line of
 * the server log holds {@code /etc/passwd}, and the server's heap stayed below its limit.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class HostileFilesIT {

    private static final String API = "/api/v1/documents";
    private static final Duration EXTRACTION_WAIT = Duration.ofMinutes(4);

    private static Path dir;
    private static String id;

    @BeforeAll
    static void directory() throws IOException {
        dir = Files.createTempDirectory("hostile-it-");
        id = Long.toString(System.nanoTime(), 36);
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long draft(ApiSession caller, String reference) throws Exception {
        HttpResponse<String> created = caller.json("POST", API,
                "{\"type\":\"OTHER\",\"referenceNumber\":\"" + reference + "\",\"titleEn\":\"Hostile file " + reference
                        + "\",\"languages\":[\"en\"],\"owningOffice\":\"Policy and Best Practices Service\",\"mission\":\"HQ\","
                        + "\"classification\":\"INTERNAL\",\"themes\":[\"PLANNING\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((Number) ApiSession.body(created).get("documentId")).longValue();
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A string field of a JSON object answer; null when absent or when the body is not a JSON object. */
    private static String field(HttpResponse<String> answer, String name) {
        try {
            Object value = ApiSession.body(answer).get(name);
            return value == null ? null : value.toString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    @Test
    void everyHostileFileGetsItsOutcomeThroughTheApiAndTheServerStaysHealthy() throws Exception {
        List<Case> cases = new HostileFileSet(dir, id).all();
        ApiSession caller = ApiSession.signIn("contributor");
        SoftAssertions rows = new SoftAssertions();
        Map<Case, String> stored = new LinkedHashMap<>();
        Map<Case, Long> documents = new LinkedHashMap<>();
        Map<Case, Long> named = new LinkedHashMap<>();
        int n = 0;
        for (Case c : cases) {
            long document = draft(caller, "HF-" + id + "-" + (n++));
            HttpResponse<String> answer = caller.send("PUT", API + "/" + document + "/versions/1/file?name=" + query(c.name()),
                    "application/octet-stream", HttpRequest.BodyPublishers.ofFile(c.file()));
            String row = c.label() + " (" + c.name().replace("\u0000", "\\0") + "): HTTP " + answer.statusCode() + " "
                    + abbreviate(answer.body());
            int status = answer.statusCode();
            rows.assertThat(status).as("never a server error: " + row).isLessThan(500);
            if (c.expected() instanceof Refused refused) {
                rows.assertThat(status).as("refused with a 4xx: " + row).isBetween(400, 499);
                rows.assertThat(answer.headers().firstValue("Content-Type").orElse("")).as("JSON: " + row)
                        .startsWith("application/json");
                rows.assertThat(field(answer, "error")).as("reason key: " + row).isEqualTo(refused.key());
            } else if (c.expected() instanceof Accepted) {
                rows.assertThat(status).as("stored: " + row).isEqualTo(200);
                if (status == 200) {
                    stored.put(c, field(answer, "sha256"));
                    documents.put(c, document);
                }
            } else if (status == 200) {
                named.put(c, document); // a hostile name, stored: made safe?
            } else {
                rows.assertThat(status).as("refused with a 4xx: " + row).isBetween(400, 499);
                rows.assertThat(field(answer, "error")).as("reason key: " + row).isNotBlank();
            }
        }

        try (Connection db = database()) {
            Map<String, String[]> results = awaitExtractions(db, stored.values());
            for (Map.Entry<Case, String> e : stored.entrySet()) {
                Accepted expected = (Accepted) e.getKey().expected();
                String[] result = results.get(e.getValue());
                String row = e.getKey().label() + ": " + (result == null ? "still pending" : String.join(" ", result));
                rows.assertThat(result).as("extraction finished: " + row).isNotNull();
                if (result != null) {
                    rows.assertThat(result[0]).as("text status: " + row).isEqualTo(expected.status());
                    if (expected.reason() != null) {
                        rows.assertThat(result[1]).as("reason: " + row).isEqualTo(expected.reason());
                    }
                    if ("TEXT_TRUNCATED".equals(expected.reason())) {
                        assertTruncatedInTheApi(rows, caller, documents.get(e.getKey()), row);
                    }
                }
            }
            for (Map.Entry<Case, Long> e : named.entrySet()) {
                String name = storedName(db, e.getValue());
                rows.assertThat(safe(name)).as(e.getKey().label() + ": stored name made safe, was \""
                        + String.valueOf(name).replace("\u0000", "\\0").replace("\u202E", "<U+202E>") + "\"").isTrue();
            }
        }
        assertServerHealthy(rows); // also when rows differ: the server's state after the set is checked every time
        rows.assertAll();
    }

    /**
     * Several hostile files chosen at once on the upload page: each refused one is listed with its reason,
     * the accepted ones are staged under safe names. The page uploads the files one after another: sent in
     * parallel, each answer re-rendered the lists as they were when it was made, and the last answer to
     * arrive could predate another file's refusal, which then never showed.
     */
    @Test
    void theUploadPageListsHostileFilesWithTheirReasonAndShowsSafeNames() throws Exception {
        Path page = Files.createDirectories(dir.resolve("page"));
        org.peaceops.intranet.documents.application.ingest.HostileFiles files =
                new org.peaceops.intranet.documents.application.ingest.HostileFiles(page);
        Path elf = files.elf("minutes-" + id + ".pdf", id);
        Path exe = files.pdf("report-" + id + ".pdf.exe", "Report " + id);
        Path jsp = files.pdf("shell-" + id + ".jsp;.pdf", "Shell " + id);
        Path rtl = files.pdf("invoice-" + id + "-\u202Efdp.exe.pdf", "Invoice " + id);
        try (Browser browser = new Browser()) {
            browser.signIn("contributor", "demo");
            browser.open("/library/upload.xhtml");
            browser.waitFor(By.id("uploadForm:files"));
            browser.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(String.join("\n",
                    List.of(elf, exe, jsp, rtl).stream().map(f -> f.toAbsolutePath().toString()).toList()));
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(90));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rejected"), "minutes-" + id));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rejected"), "report-" + id));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draftsForm:staged"), "shell-" + id));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draftsForm:staged"), "invoice-" + id));
            String rejected = browser.driver().findElement(By.id("rejected")).getText();
            assertThat(line(rejected, "minutes-" + id)).contains(".pdf extension");
            assertThat(line(rejected, "report-" + id)).contains("application/pdf").contains(".exe extension");
            String staged = browser.driver().findElement(By.id("draftsForm:staged")).getText();
            browser.screenshot("upload-hostile-names");
            assertThat(line(staged, "invoice-" + id)).as("a right-to-left override is never shown as sent")
                    .doesNotContain("\u202E");
        }
        assertThat(ItEnvironment.get(ItEnvironment.serverUrl() + "/health/ready").statusCode()).isEqualTo(200);
    }

    /** The version resource says the text was cut, and names the limit that cut it. */
    @SuppressWarnings("unchecked")
    private static void assertTruncatedInTheApi(SoftAssertions rows, ApiSession caller, long document, String row) throws Exception {
        HttpResponse<String> version = caller.get(API + "/" + document + "/versions/1");
        rows.assertThat(version.statusCode()).as("version resource: " + row).isEqualTo(200);
        if (version.statusCode() == 200) {
            Map<String, Object> text = (Map<String, Object>) ApiSession.body(version).get("text");
            rows.assertThat(text).as("text of the version: " + row).containsEntry("truncated", true);
            rows.assertThat(text == null ? null : (Map<String, Object>) text.get("limit")).as("limit hit: " + row)
                    .isNotNull().extractingByKey("setting").isNotNull();
        }
    }

    /** Ready, no escaped file, no secret in texts or log, heap below the limit. */
    private static void assertServerHealthy(SoftAssertions rows) throws Exception {
        HttpResponse<String> ready = ItEnvironment.get(ItEnvironment.serverUrl() + "/health/ready");
        rows.assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);

        Path data = Path.of(ItEnvironment.required("it.data.dir")).toAbsolutePath().normalize();
        List<Path> escaped = new ArrayList<>();
        for (Path root : new java.util.LinkedHashSet<>(List.of(data.getParent(), Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize(), Path.of("/tmp")))) {
            escaped.addAll(find(root, data, f -> {
                String name = f.getFileName().toString();
                return (name.contains(id) && !f.startsWith(dir)) || name.equals("win.ini") || name.equals("aux.pdf")
                        || name.contains("shell.jsp") || name.equals("report.pdf.exe");
            }));
        }
        rows.assertThat(escaped).as("files named after the hostile set outside the data directory").isEmpty();

        List<Path> leaking = new ArrayList<>();
        for (Path text : find(data.resolve("texts"), null, f -> f.toString().endsWith(".txt.gz"))) {
            if (gzipContains(text, HostileFileSet.SECRET_MARK)) {
                leaking.add(text);
            }
        }
        rows.assertThat(leaking).as("extracted texts holding /etc/passwd").isEmpty();
        Path log = serverLog(data);
        rows.assertThat(log).as("the server log").exists();
        try (var lines = Files.exists(log) ? Files.lines(log, StandardCharsets.ISO_8859_1) : java.util.stream.Stream.<String>empty()) {
            rows.assertThat(lines.filter(l -> l.contains(HostileFileSet.SECRET_MARK)).findFirst()).as("/etc/passwd in the server log")
                    .isEmpty();
        }

        HttpResponse<String> metrics = ItEnvironment.get(ItEnvironment.serverUrl() + "/metrics?scope=base");
        rows.assertThat(metrics.statusCode()).as("/metrics").isEqualTo(200);
        double used = metric(metrics.body(), "memory_usedHeap_bytes");
        double max = metric(metrics.body(), "memory_maxHeap_bytes");
        rows.assertThat(used).as("heap in use (of " + max + " bytes)").isPositive().isLessThan(max);
    }

    private static double metric(String body, String name) {
        Matcher m = Pattern.compile("(?m)^\\w*" + name + "(\\{[^}]*\\})?\\s+([0-9.eE+-]+)").matcher(body);
        return m.find() ? Double.parseDouble(m.group(2)) : -1; // -1: missing, and "heap in use" fails
    }

    /** The server log: {@code it.server.log}, or the test command's domain beside the data directory. */
    private static Path serverLog(Path data) {
        String configured = System.getProperty("it.server.log");
        return configured != null && !configured.isBlank() && !configured.startsWith("${") ? Path.of(configured)
                : data.resolveSibling("payara").resolve("intranet/logs/server.log");
    }

    private static boolean gzipContains(Path file, String mark) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            byte[] needle = mark.getBytes(StandardCharsets.UTF_8);
            byte[] buffer = new byte[1 << 16];
            byte[] carry = new byte[0];
            int read;
            while ((read = in.read(buffer)) > 0) {
                byte[] window = new byte[carry.length + read];
                System.arraycopy(carry, 0, window, 0, carry.length);
                System.arraycopy(buffer, 0, window, carry.length, read);
                if (new String(window, StandardCharsets.ISO_8859_1).contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
                carry = java.util.Arrays.copyOfRange(window, Math.max(0, window.length - needle.length), window.length);
            }
        }
        return false;
    }

    /** Regular files under {@code root} (not under {@code skip}) that {@code test} accepts; unreadable parts are passed over. */
    private static List<Path> find(Path root, Path skip, java.util.function.Predicate<Path> test) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return skip != null && d.toAbsolutePath().normalize().equals(skip) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (test.test(f)) {
                    found.add(f);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                if (e instanceof AccessDeniedException || e instanceof java.nio.file.NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw new UncheckedIOException(e);
            }
        });
        return found;
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(ItEnvironment.required("it.db.url"), ItEnvironment.required("it.db.user"),
                ItEnvironment.required("it.db.password"));
    }

    /** Status and reason of each content once none is pending, or what there is when the wait runs out. */
    private static Map<String, String[]> awaitExtractions(Connection db, java.util.Collection<String> shas) throws Exception {
        long deadline = System.nanoTime() + EXTRACTION_WAIT.toNanos();
        Map<String, String[]> finished = new LinkedHashMap<>();
        while (true) {
            finished.clear();
            try (PreparedStatement s = db.prepareStatement(
                    "select status, reason, reason_detail from documents.content_extraction where content_sha256 = ?")) {
                for (String sha : shas) {
                    s.setString(1, sha);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next() && !"PENDING".equals(rs.getString(1))) {
                            finished.put(sha, new String[] {rs.getString(1), rs.getString(2), abbreviate(rs.getString(3))});
                        }
                    }
                }
            }
            if (finished.size() == shas.size() || System.nanoTime() > deadline) {
                return finished;
            }
            Thread.sleep(1000);
        }
    }

    private static String storedName(Connection db, long document) throws Exception {
        try (PreparedStatement s = db.prepareStatement(
                "select original_file_name from documents.document_version where document_id = ? and version_number = 1")) {
            s.setLong(1, document);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** No path separator, no control or bidirectional formatting character, no trailing dot or space. */
    static boolean safe(String name) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.endsWith(".")
                || name.endsWith(" ") || name.equals("..")) {
            return false;
        }
        return name.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().orElse("");
    }
}
