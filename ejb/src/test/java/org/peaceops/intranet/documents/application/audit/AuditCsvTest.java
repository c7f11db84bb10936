package org.peaceops.intranet.documents.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void everyCellIsQuotedWithQuotesDoubledAndLinesEndInCrLf() {
        assertThat(AuditCsv.row("a", "say \"no\"", "x,y", "two\nlines", null))
                .isEqualTo("\"a\",\"say \"\"no\"\"\",\"x,y\",\"two\nlines\",\"\"\r\n");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(AuditCsv.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AuditCsv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(AuditCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(AuditCsv.cell("a=b")).as("only a leading sign is dangerous").isEqualTo("\"a=b\"");
    }

    @Test
    void aLineIsWrittenWithItsUtcTime() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        AuditCsv.write(new AuditLine(7, Instant.parse("2026-12-02T09:15:00Z"), "admin", "VERSION_DOWNLOADED",
                "guidance-version", "42/1", "=cmd"), out);
        assertThat(out.toString()).isEqualTo(
                "\"7\",\"2026-12-02T09:15:00Z\",\"admin\",\"VERSION_DOWNLOADED\",\"guidance-version\",\"42/1\",\"'=cmd\"\r\n");
        assertThat(AuditCsv.HEADER).startsWith("\"id\",\"occurred_at_utc\"");
    }
}
