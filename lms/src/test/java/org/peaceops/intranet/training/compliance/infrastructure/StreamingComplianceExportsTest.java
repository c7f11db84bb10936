package org.peaceops.intranet.training.compliance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.compliance.application.ComplianceExports.Format;

class StreamingComplianceExportsTest {

    private final StreamingComplianceExports exports = new StreamingComplianceExports();

    @Test
    void csvQuotesSeparatorsAndDefusesFormulasAndKeepsAccents() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(Format.CSV, "s", List.of("Name", "Mission"), sink -> {
            sink.accept(List.of("Hélène Dupré", "UNMISS"));
            sink.accept(List.of("Smith, \"Jo\"", "=HYPERLINK(\"x\")"));
            sink.accept(Arrays.asList("Nobody", null));
        }, out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFName,Mission\r\n");
        assertThat(text.lines().skip(1).toList()).containsExactly("Hélène Dupré,UNMISS",
                "\"Smith, \"\"Jo\"\"\",\"'=HYPERLINK(\"\"x\"\")\"", "Nobody,");
    }

    @Test
    void xlsxStreamsEveryRowUnderItsHeaders() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(Format.XLSX, "OVERDUE", List.of("Name", "Mission"), sink -> {
            for (int i = 0; i < StreamingComplianceExports.WINDOW * 3; i++) {
                sink.accept(List.of("Person " + i, "M" + (i % 20)));
            }
        }, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheet("OVERDUE");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(StreamingComplianceExports.WINDOW * 3 + 1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(StreamingComplianceExports.WINDOW * 3).getCell(0).getStringCellValue())
                    .isEqualTo("Person " + (StreamingComplianceExports.WINDOW * 3 - 1));
        }
    }
}
