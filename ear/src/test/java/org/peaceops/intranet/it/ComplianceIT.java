package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The compliance dashboard in the browser, as the demo trainer of UNMISS: the People figure equals the
 * length of its drill-down list (the table's total, the API's total and the exported files' rows), both
 * exports read back (a CSV parser, Apache POI) contain the reader of the trainer's mission, and another
 * mission is refused.
 */
class ComplianceIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(Browser browser, String path) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {redirect: 'manual', headers: {'Accept': 'application/json'}})"
                        + ".then(async r => done({status: r.status, text: await r.text()}));",
                ItEnvironment.appUrl() + path);
    }

    private static HttpResponse<byte[]> download(String href, String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** RFC 4180 records (quoted cells may hold commas, quotes and line breaks), without the byte order mark. */
    static List<List<String>> csv(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString().replaceAll("\r$", ""));
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static long paginatorTotal(Browser browser) {
        String report = browser.waitFor(By.cssSelector("[id='compliance:people'] .ui-paginator-current")).getText();
        return Long.parseLong(report.replaceAll(".*/\\s*", "").replaceAll("[^0-9]", ""));
    }

    @Test
    void theTrainersPeopleFigureEqualsItsDrillDownAndBothExportsReadBackWithTheSameRows() throws Exception {
        String readerName;
        try (Browser reader = new Browser()) {
            reader.signIn("reader", "demo");
            reader.open("/training/index.xhtml");
            reader.waitFor(By.id("myTraining"));
            readerName = ((String) fetch(reader, "/api/v1/me").get("text")).replaceAll(".*\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            assertThat(fetch(reader, "/api/v1/training/compliance").get("status")).as("for trainers only").isEqualTo(403L);
        }

        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer", "demo");
            trainer.open("/training/manage/index.xhtml");
            trainer.waitFor(By.id("compliance-link"));
            trainer.clickWhenStable(By.id("compliance-link"));
            long people = Long.parseLong(trainer.waitFor(By.cssSelector(".figure-PEOPLE .figure-count")).getText().strip());
            assertThat(people).as("the trainer and the reader of UNMISS at least").isGreaterThanOrEqualTo(2);
            assertThat(trainer.waitFor(By.id("percent-compliant")).getText()).endsWith("%");
            assertThat(trainer.driver().findElements(By.cssSelector("canvas"))).as("three charts").hasSizeGreaterThanOrEqualTo(3);

            trainer.clickWhenStable(By.cssSelector("a.figure-PEOPLE"));
            new WebDriverWait(trainer.driver(), Duration.ofSeconds(30)).until(ExpectedConditions
                    .attributeToBe(By.id("drill-title"), "data-figure", "PEOPLE"));
            assertThat(paginatorTotal(trainer)).as("the figure is the length of its list").isEqualTo(people);
            trainer.screenshot("compliance-dashboard");

            Map<String, Object> api = fetch(trainer, "/api/v1/training/compliance");
            assertThat(api.get("status")).as((String) api.get("text")).isEqualTo(200L);
            Map<String, Object> figures = ApiSession.json((String) api.get("text"));
            assertThat(((Number) ((Map<?, ?>) figures.get("counts")).get("PEOPLE")).longValue()).isEqualTo(people);
            for (String figure : List.of("COMPLIANT", "NOT_COMPLIANT", "OVERDUE", "EXPIRING_90")) {
                long count = ((Number) ((Map<?, ?>) figures.get("counts")).get(figure)).longValue();
                Map<String, Object> page = fetch(trainer, "/api/v1/training/compliance/" + figure + "?max=1");
                assertThat(page.get("status")).isEqualTo(200L);
                assertThat(((Number) ApiSession.json((String) page.get("text")).get("total")).longValue())
                        .as(figure + " equals its list").isEqualTo(count);
            }
            assertThat(fetch(trainer, "/api/v1/training/compliance?mission=MINUSCA").get("status"))
                    .as("another mission's dashboard").isEqualTo(403L);

            String cookie = trainer.sessionCookie();
            HttpResponse<byte[]> csvFile = download(trainer.driver().findElement(By.id("compliance:export-csv"))
                    .getAttribute("href"), cookie);
            assertThat(csvFile.statusCode()).isEqualTo(200);
            assertThat(csvFile.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            List<List<String>> lines = csv(new String(csvFile.body(), StandardCharsets.UTF_8));
            assertThat(lines.get(0)).startsWith("Name");
            assertThat(lines).hasSize((int) people + 1);
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(readerName).contains("UNMISS"));

            HttpResponse<byte[]> xlsxFile = download(trainer.driver().findElement(By.id("compliance:export-xlsx"))
                    .getAttribute("href"), cookie);
            assertThat(xlsxFile.statusCode()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsxFile.body()))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo((int) people + 1);
                List<String> names = new ArrayList<>();
                for (Row row : sheet) {
                    names.add(row.getCell(0).getStringCellValue());
                }
                assertThat(names).contains(readerName);
            }

            HttpResponse<byte[]> dashboard = download(trainer.driver().findElement(By.id("compliance:export-dashboard-csv"))
                    .getAttribute("href"), cookie);
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(csv(new String(dashboard.body(), StandardCharsets.UTF_8)))
                    .anySatisfy(l -> assertThat(l).containsExactly("People", "", Long.toString(people)));
        }
    }
}
