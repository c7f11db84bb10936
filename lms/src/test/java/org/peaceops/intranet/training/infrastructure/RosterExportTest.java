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
import org.peaceops.intranet.training.application.RosterTable;

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

    /** The e-learning standing the roster page shows, added after the roster's own columns (FR headers here). */
    private static RosterTable withElearning() {
        List<String> headers = new java.util.ArrayList<>(List.of("Nom", "Mission", "Catégorie", "État", "Échéance",
                "Terminé (UTC)", "Version du cours", "Score %"));
        headers.addAll(List.of("Module en ligne", "Module en ligne : score %", "Module en ligne : visites",
                "Module en ligne : temps (h:mm)"));
        return new RosterTable(headers, ROWS, 4, java.util.Map.of("s1",
                new org.peaceops.intranet.training.scorm.application.RosterScorm("s1", "PASSED",
                        new java.math.BigDecimal("92.50"), 3, 3_900).cells()));
    }

    @Test
    void csvCarriesTheElearningColumnsAfterTheRostersOwnAndBlanksForWhoeverHasNone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RosterExport.csv(withElearning(), out);

        List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\uFEFFNom,Mission,Catégorie,État,Échéance,Terminé (UTC),Version du cours,"
                + "Score %,Module en ligne,Module en ligne : score %,Module en ligne : visites,"
                + "Module en ligne : temps (h:mm)");
        assertThat(lines.get(1)).endsWith(",2,100,PASSED,92.5,3,1:05");
        assertThat(lines.get(2)).endsWith("OVERDUE,2026-11-01,,,,,,,");
    }

    @Test
    void xlsxCarriesTheElearningColumnsWithNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RosterExport.xlsx(withElearning(), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("Roster");
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 12);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Module en ligne");
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Module en ligne : temps (h:mm)");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("PASSED");
            assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(92.5);
            assertThat(sheet.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("1:05");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void aTableWhoseHeadersDoNotMatchItsColumnsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RosterTable(RosterExport.HEADER, ROWS, 4,
                java.util.Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
