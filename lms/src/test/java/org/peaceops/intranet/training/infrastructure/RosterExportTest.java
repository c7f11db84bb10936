package org.peaceops.intranet.training.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.application.ProgressStatus;
import org.peaceops.intranet.training.application.RosterRow;

class RosterExportTest {

    private static final List<RosterRow> ROWS = List.of(
            new RosterRow("s1", "Martin, Alice", "UNMISS", "police", ProgressStatus.COMPLETED, LocalDate.of(2026, 12, 1),
                    10L, Instant.parse("2026-11-20T09:30:00Z"), 2, 100),
            new RosterRow("s2", "=HYPERLINK(\"http://evil\")", "UNMISS", "civilian", ProgressStatus.OVERDUE,
                    LocalDate.of(2026, 11, 1), 11L, null, null, null));

    @Test
    void csvHasAHeaderQuotesWhereNeededAndNeutralisesFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RosterExport.csv(ROWS, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFName,Mission,Category,Status");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("\"Martin, Alice\",UNMISS,police,COMPLETED,2026-12-01,2026-11-20 09:30,2,100")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\",UNMISS,civilian,OVERDUE,2026-11-01,,,");
    }

    @Test
    void xlsxReadsBackWithTheSameRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RosterExport.xlsx(ROWS, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("Roster");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Martin, Alice");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("COMPLETED");
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }
}
