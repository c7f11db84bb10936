package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The server is killed (SIGKILL, no shutdown) while a large upload is being written into the blob store.
 * After the restart there is no partial blob, no temporary file and no row for it, and the intranet works.
 * Tagged "outage": config/bin/test runs it on its own, with the commands that kill and start Payara.
 */
@Tag("outage")
class InterruptedUploadIT {

    private static final long SIZE = 300L * 1024 * 1024;

    private static void run(String property) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", ItEnvironment.required(property))
                .redirectErrorStream(true).inheritIO().start();
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as(property + " finished").isTrue();
        assertThat(process.exitValue()).as(property + " exit code").isZero();
    }

    private static List<Path> temporaryUploads(Path blobs) throws IOException {
        if (!Files.isDirectory(blobs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(blobs, 3)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".upload-")).toList();
        }
    }

    private static String writeLargeFile(Path file, String id) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] line = ("Interrupted upload " + id + ": lessons learned become guidance for every mission.\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < SIZE; written += line.length) {
                out.write(line);
                digest.update(line);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long rowsWithContent(String sha) throws Exception {
        try (Connection db = DriverManager.getConnection(ItEnvironment.required("it.db.url"),
                ItEnvironment.required("it.db.user"), ItEnvironment.required("it.db.password"));
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from documents.document_version where content_sha256 = ?")) {
            query.setString(1, sha);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void killingTheServerDuringALargeUploadLeavesNoPartialBlobOrRow() throws Exception {
        Path blobs = Path.of(ItEnvironment.required("it.data.dir"), "blobs");
        Path dir = Files.createTempDirectory("interrupted-upload-");
        Path large = dir.resolve("large-report.txt");
        String sha = writeLargeFile(large, Long.toString(System.nanoTime(), 36));
        boolean killed = false;
        try {
            try (Browser browser = new Browser()) {
                browser.signIn("contributor", "demo");
                browser.open("/library/upload.xhtml");
                browser.waitFor(By.id("uploadForm:files"));
                browser.driver().findElement(By.cssSelector("#uploadForm input[type=file]")).sendKeys(large.toString());
                // The browser has sent the file; the server now streams it into the blob store: kill it there.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (temporaryUploads(blobs).isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertThat(temporaryUploads(blobs)).as("the upload reached the blob store").isNotEmpty();
                browser.endAccessibilityAuditHere();
                run("it.payara.kill");
                killed = true;
            }
            run("it.payara.start");
            HttpResponse<String> ready = waitForReady();
            assertThat(ready.statusCode()).isEqualTo(200);

            assertThat(temporaryUploads(blobs)).as("no temporary upload file after the restart").isEmpty();
            Path blob = blobs.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            assertThat(blob).as("no blob of the interrupted upload").doesNotExist();
            assertThat(rowsWithContent(sha)).as("no version row with that content").isZero();

            try (Browser browser = new Browser()) {
                signInOnceTheServerTakesSignIns(browser);
                browser.open("/library/index.xhtml");
                assertThat(browser.waitFor(By.id("libraryForm:documents")).getText()).contains("Promulgated");
            }
        } finally {
            if (killed && !ready()) {
                run("it.payara.start");
            }
            Files.deleteIfExists(large);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Readiness says the server answers; right after a start the intranet may still be loading (Payara
     * answers with its own error report, which is no page of ours) or the sign-in mechanism may still be
     * fetching the provider's metadata (our 503 page says so). The browser opens the intranet only once
     * it serves a page of ours or a redirect to sign in, so the accessibility gate judges our pages only.
     */
    private static void signInOnceTheServerTakesSignIns(Browser browser) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!servesSignIn() && System.nanoTime() < deadline) {
            Thread.sleep(2000);
        }
        browser.open("/");
        browser.submitCredentials("contributor", "demo");
        browser.waitFor(By.cssSelector("nav.app-nav"));
    }

    /** The intranet's front door sends a stranger to sign in: a redirect, or our sign-in page itself. */
    private static boolean servesSignIn() {
        try {
            HttpResponse<String> front = ItEnvironment.get(ItEnvironment.appUrl() + "/");
            int status = front.statusCode();
            return status == 302 || status == 303 || (status == 200 && front.body().contains("id=\"username\""));
        } catch (Exception notYet) {
            return false;
        }
    }

    private static boolean ready() {
        try {
            return ItEnvironment.get(ItEnvironment.serverUrl() + "/health/ready").statusCode() == 200;
        } catch (Exception down) {
            return false;
        }
    }

    private static HttpResponse<String> waitForReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = ItEnvironment.get(ItEnvironment.serverUrl() + "/health/ready");
                if (last.statusCode() == 200) {
                    return last;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        return last;
    }
}
