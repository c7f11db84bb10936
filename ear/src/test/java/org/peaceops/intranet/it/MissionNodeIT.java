package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mission node's acceptance test (issue 13), run by the test command's mission node stage inside the
 * node's network namespace (tag "mission-node": it runs there only, in demo mode). Headquarters is in a
 * namespace of its own; the two reach each other over one veth link, which this test cuts and restores
 * through the stage's commands. it.base.url is the node as its own readers see it; Chromium runs here, in
 * the node's namespace. Before: a document promulgated at headquarters is readable, previewable and
 * searchable on the node. Link cut: a reader still opens it, sees the banner on every page, and completes a
 * lesson. Link back: the completion is at headquarters exactly once and the node's lag returns to zero.
 */
@Tag("mission-node")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MissionNodeIT {

    private static final Duration BANNER_WAIT = Duration.ofSeconds(90);
    private static final Duration FORWARD_WAIT = Duration.ofSeconds(180);

    private static Properties stage;
    private static Browser reader;
    private static boolean linkCut;

    @BeforeAll
    static void signIn() throws IOException {
        stage = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(ItEnvironment.required("it.node")))) {
            stage.load(in);
        }
        reader = new Browser();
        reader.signIn("reader", "demo");
    }

    @AfterAll
    static void restoreAndClose() throws Exception {
        try {
            if (linkCut) {
                run("LINK_RESTORE");
            }
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    private static String setting(String key) {
        String value = stage.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(key + " is missing from " + ItEnvironment.required("it.node"));
        }
        return value;
    }

    /** Runs one of the stage's commands (cutting or restoring the link) and fails on its failure. */
    private static void run(String key) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", setting(key)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(key + " ended").isTrue();
        assertThat(process.exitValue()).as(key + ": " + output).isZero();
        linkCut = key.equals("LINK_CUT");
    }

    @Test
    @Order(1)
    void aDocumentPromulgatedAtHeadquartersIsReadablePreviewableAndSearchableOnTheNode() {
        openDocument();
        assertThat(reader.driver().findElements(By.id("headquartersBanner"))).as("banner with the link up").isEmpty();
        assertThat(reader.waitFor(By.id("document-facts")).getText()).contains(setting("REFERENCE"));
        assertThat(previewWidth()).isPositive();
        assertThat(searchFinds()).as("the node's own index finds the document").isTrue();
    }

    @Test
    @Order(2)
    void withTheLinkCutAReaderOnTheNodeReadsSeesTheBannerAndCompletesALesson() throws Exception {
        run("LINK_CUT");
        Instant cut = Instant.now();
        WebElement banner = waitForBanner();
        System.out.println("Banner on the node " + Duration.between(cut, Instant.now()).toMillis() + " ms after the link was cut");
        assertThat(banner.getAttribute("role")).isEqualTo("status");
        assertThat(banner.getText()).matches("(?s).*Headquarters unreachable since \\d{2}:\\d{2} UTC.*"
                + "your changes are kept here and sent when the link returns.*");

        openDocument();
        assertThat(reader.waitFor(By.id("headquartersBanner")).isDisplayed()).isTrue();
        assertThat(previewWidth()).isPositive();
        Map<String, Object> download = reader.call("GET", "/library/download?id=" + setting("DOCUMENT_ID") + "&version=1", null);
        assertThat(download.get("status")).isEqualTo(200L);
        assertThat((String) download.get("text")).isEqualTo(setting("DOCUMENT_TEXT"));
        assertThat(searchFinds()).as("search with the link cut").isTrue();
        assertThat(reader.waitFor(By.id("headquartersBanner")).isDisplayed()).isTrue();

        reader.open("/training/course.xhtml?id=" + setting("COURSE_ID"));
        reader.waitForText(By.id("lesson-title"), setting("LESSON_TITLE"));
        reader.click(By.id("learnForm:markDone"));
        assertThat(reader.waitFor(By.id("learnForm:completed-notice")).getText()).contains("completed");
        reader.screenshot("mission-node-offline-completed");
        assertThat(onNode("select count(*) from training.training_record where course_id = " + setting("COURSE_ID")))
                .isEqualTo("1");
        assertThat(onNode("select string_agg(kind, ' ' order by kind) from training.learning_event"))
                .as("learning kept on the node for headquarters").isEqualTo("COMPLETED LESSON_DONE");
    }

    @Test
    @Order(3)
    void whenTheLinkReturnsTheCompletionReachesHeadquartersOnceAndTheNodesLagReturnsToZero() throws Exception {
        assertThat(linkCut).as("the link was cut by the test before").isTrue();
        String nodeCode = onNode("select certificate_code from training.learning_event where kind = 'COMPLETED'");
        run("LINK_RESTORE");
        Instant restored = Instant.now();

        String course = setting("COURSE_ID");
        String completions = "select count(*) || ' ' || coalesce(min(c.code), '-') from training.training_record r "
                + "left join training.certificate c on c.record_id = r.id where r.course_id = " + course;
        String atHeadquarters = waitFor(FORWARD_WAIT, () -> {
            String answer = onHeadquarters(completions);
            return answer.startsWith("0 ") ? null : answer;
        });
        System.out.println("Completion at headquarters " + Duration.between(restored, Instant.now()).toMillis()
                + " ms after the link returned");
        assertThat(atHeadquarters).as("one completion at headquarters, with the node's certificate code").isEqualTo("1 " + nodeCode);
        assertThat(onHeadquarters("select count(*) from training.lesson_progress where lesson_id = " + setting("LESSON_ID")))
                .isEqualTo("1");

        String health = waitFor(FORWARD_WAIT, () -> {
            String answer = ItEnvironment.get(ItEnvironment.serverUrl() + "/health/ready").body();
            return answer.matches("(?s).*\"state\" *: *\"in-step\".*") ? answer : null;
        });
        System.out.println("Node in step " + Duration.between(restored, Instant.now()).toMillis() + " ms after the link returned: " + health);
        assertThat(health).matches("(?s).*\"replicationLagSeconds\" *: *\"?0\"?[,}\\s].*")
                .matches("(?s).*\"replicationPendingBytes\" *: *\"?0\"?[,}\\s].*")
                .matches("(?s).*\"filesMissing\" *: *\"?0\"?[,}\\s].*");
        // The other way: headquarters is connected to the node's learning slot again and has confirmed
        // nearly all of the node's WAL (the node keeps writing, so a few kB may always be in flight).
        waitFor(FORWARD_WAIT, () -> {
            String answer = ItEnvironment.get(ItEnvironment.serverUrl() + "/health/ready").body();
            java.util.regex.Matcher pending = java.util.regex.Pattern
                    .compile("\"learningPendingBytes\" *: *\"?(\\d+)").matcher(answer);
            boolean active = answer.matches("(?s).*\"learningSlotActive\" *: *\"?true\"?[,}\\s].*");
            return active && pending.find() && Long.parseLong(pending.group(1)) < 65_536 ? answer : null;
        });
        waitFor(BANNER_WAIT, () -> {
            reader.open("/index.xhtml");
            reader.waitFor(By.cssSelector("nav.app-nav"));
            return reader.driver().findElements(By.id("headquartersBanner")).isEmpty() ? "gone" : null;
        });
        // Still exactly one once headquarters has had time for a second fold of the same events.
        Thread.sleep(25_000);
        assertThat(onHeadquarters(completions)).isEqualTo("1 " + nodeCode);
    }

    private static void openDocument() {
        reader.open("/library/document.xhtml?id=" + setting("DOCUMENT_ID"));
        reader.waitFor(By.id("document-facts"));
    }

    /** The preview's page image as the browser decoded it (its natural width; 0 when broken). */
    private static long previewWidth() {
        WebElement image = reader.waitFor(By.id("viewer:page-image"));
        return new WebDriverWait(reader.driver(), Duration.ofSeconds(60)).until(d -> {
            Object width = ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : null;", image);
            return width == null || ((Number) width).longValue() == 0 ? null : ((Number) width).longValue();
        });
    }

    /** The node's search page lists the document for a word of its title (its own index may need a moment). */
    private static boolean searchFinds() {
        String query = URLEncoder.encode(setting("SEARCH_WORDS"), StandardCharsets.UTF_8);
        return waitFor(Duration.ofSeconds(60), () -> {
            reader.open("/search/index.xhtml?q=" + query);
            reader.waitFor(By.id("search-text"));
            return reader.driver().getPageSource().contains(setting("REFERENCE")) ? Boolean.TRUE : null;
        });
    }

    private static WebElement waitForBanner() {
        return waitFor(BANNER_WAIT, () -> {
            reader.open("/index.xhtml");
            reader.waitFor(By.cssSelector("nav.app-nav"));
            return reader.driver().findElements(By.id("headquartersBanner")).stream().findFirst().orElse(null);
        });
    }

    private interface Attempt<T> {
        T get() throws Exception;
    }

    /** Retries every 2 s until the attempt answers something, or fails with the last error at the deadline. */
    private static <T> T waitFor(Duration limit, Attempt<T> attempt) {
        Instant deadline = Instant.now().plus(limit);
        Exception last = null;
        while (true) {
            try {
                T answer = attempt.get();
                if (answer != null) {
                    return answer;
                }
            } catch (Exception e) {
                last = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + limit.toSeconds() + " s" + (last == null ? "" : ": " + last), last);
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }
    }

    private static String onNode(String sql) throws SQLException {
        return query(setting("NODE_DB_URL"), sql);
    }

    private static String onHeadquarters(String sql) throws SQLException {
        return query(setting("HQ_DB_URL"), sql);
    }

    private static String query(String url, String sql) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", setting("DB_USER"));
        login.setProperty("password", setting("DB_PASSWORD"));
        login.setProperty("connectTimeout", "10");
        try (Connection c = DriverManager.getConnection(url, login);
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
