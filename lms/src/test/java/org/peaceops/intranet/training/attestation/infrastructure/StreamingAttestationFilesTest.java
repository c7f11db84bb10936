package org.peaceops.intranet.training.attestation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.training.attestation.application.AttestationUpload;
import org.peaceops.intranet.training.attestation.domain.AttestationRow;
import org.peaceops.intranet.training.attestation.domain.Column;

/** Files as trainers send them: CSV and XLSX read row by row, and every malformed kind refused whole. */
class StreamingAttestationFilesTest {

    private static final String HEADER = String.join(",", Column.headers());
    private final StreamingAttestationFiles files = new StreamingAttestationFiles();

    @TempDir
    Path dir;

    private List<AttestationRow> read(String name, byte[] content) {
        List<AttestationRow> rows = new ArrayList<>();
        try (AttestationUpload upload = AttestationUpload.receive(name, new ByteArrayInputStream(content), 1 << 30)) {
            files.read(upload, rows::add);
        }
        return rows;
    }

    private Refusal refusal(String name, byte[] content) {
        return (Refusal) org.assertj.core.api.Assertions.catchThrowable(() -> read(name, content));
    }

    @Test
    void aCsvIsReadWithItsLineNumbersAndColumnsInTemplateOrderWhateverTheirOrderInTheFile() {
        String csv = "\uFEFFcourse_code,Person_ID,name,category,country,completed_on,training_centre\r\n"
                + "PDT-CORE,UN-1,\"Koné, Aïcha\",police,SEN,2026-10-15,Dakar\r\n"
                + ",,,,,,\r\n"
                + "PDT-CORE,UN-2,Hélène Dupré,civilian,FRA,2026-10-16,\"Paris\nannex\"\r\n";

        List<AttestationRow> rows = read("a.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).cell(Column.PERSON_ID)).isEqualTo("UN-1");
        assertThat(rows.get(0).cell(Column.NAME)).isEqualTo("Koné, Aïcha");
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).cell(Column.TRAINING_CENTRE)).isEqualTo("Paris\nannex");
    }

    @Test
    void readingACsvReportsItsProgressByTheBytesReadAndAnewForEachPass() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 2000; i++) {
            csv.append("UN-").append(i).append(",Person ").append(i).append(",police,SEN,PDT-CORE,2026-10-15,Dakar\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        try (AttestationUpload upload = AttestationUpload.receive("big.csv", new ByteArrayInputStream(content), 1 << 30)) {
            upload.startPass(AttestationUpload.Pass.CHECKING);
            assertThat(upload.progress().isPercentKnown()).as("nothing read yet, so nothing known").isFalse();
            List<Integer> seen = new ArrayList<>();
            files.read(upload, row -> {
                upload.lineRead();
                if (row.line() % 500 == 0) {
                    seen.add(upload.progress().percent());
                }
            });
            assertThat(seen).isSorted().allMatch(p -> p >= 0 && p <= 100);
            assertThat(seen.get(0)).isLessThan(100);
            assertThat(upload.progress()).isEqualTo(new AttestationUpload.Progress(AttestationUpload.Pass.CHECKING, 2000, 100));

            upload.startPass(AttestationUpload.Pass.STORING);
            assertThat(upload.progress().lines()).isZero();
            assertThat(upload.progress().pass()).isEqualTo(AttestationUpload.Pass.STORING);
        }
    }

    @Test
    void aSemicolonCsvAsAFrenchSpreadsheetSavesItIsRead() {
        String csv = HEADER.replace(',', ';') + "\nUN-1;Aïcha Koné;police;SEN;PDT-CORE;2026-10-15;Dakar\n";

        assertThat(read("fr.csv", csv.getBytes(StandardCharsets.UTF_8))).singleElement()
                .extracting(r -> r.cell(Column.COURSE_CODE)).isEqualTo("PDT-CORE");
    }

    @Test
    void wrongColumnsWrongEncodingAndBrokenQuotingAreRefusedWithTheirOwnReason() {
        assertThat(refusal("a.csv", "person,name\nUN-1,A\n".getBytes(StandardCharsets.UTF_8)).key())
                .isEqualTo("attestation.error.columns");
        byte[] latin1 = (HEADER + "\nUN-1,Hélène Dupré,police,FRA,PDT-CORE,2026-10-15,Paris\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal("a.csv", latin1).key()).isEqualTo("attestation.error.encoding");
        assertThat(refusal("a.csv", (HEADER + "\nUN-1,\"unclosed,police\n").getBytes(StandardCharsets.UTF_8)).key())
                .isEqualTo("attestation.error.malformed");
        assertThat(refusal("a.csv", new byte[0]).key()).isEqualTo("attestation.error.empty");
        assertThat(refusal("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}).kind())
                .isEqualTo(Refusal.Kind.UNSUPPORTED_TYPE);
        assertThat(refusal("a.xlsx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1)).key())
                .isEqualTo("attestation.error.malformedXlsx");
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedAndLeavesNoFile() {
        Refusal refused = (Refusal) org.assertj.core.api.Assertions.catchThrowable(() -> AttestationUpload.receive(
                "big.csv", new ByteArrayInputStream(new byte[3 * 1024 * 1024]), 2 * 1024 * 1024));

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.TOO_LARGE);
        assertThat(refused.about()).isEqualTo("big.csv");
    }

    @Test
    void moreThanOneHundredThousandLinesAreRefused() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= 100_000; i++) {
            csv.append("UN-").append(i).append(",A,police,SEN,PDT-CORE,2026-10-15,Dakar\n");
        }
        assertThat(refusal("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).key())
                .isEqualTo("attestation.error.tooManyLines");
    }

    @Test
    void anXlsxIsStreamedWithDateCellsAsIsoDatesAndFormulaCellsMarked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("attestations");
            Row header = sheet.createRow(0);
            for (int i = 0; i < Column.values().length; i++) {
                header.createCell(i).setCellValue(Column.values()[i].header());
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("UN-1");
            row.createCell(1).setCellValue("Hélène Dupré");
            row.createCell(2).setCellValue("civilian");
            row.createCell(3).setCellValue("FRA");
            row.createCell(4).setCellValue("PDT-CORE");
            row.createCell(5).setCellValue(java.time.LocalDate.of(2026, 10, 15));
            row.getCell(5).setCellStyle(date);
            row.createCell(6).setCellFormula("CONCATENATE(\"Par\",\"is\")");
            sheet.createRow(3).createCell(0).setCellValue("UN-2"); // a gap: line 4, the other cells blank
            workbook.write(out);
        }

        List<AttestationRow> rows = read("a.xlsx", out.toByteArray());

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).cell(Column.NAME)).isEqualTo("Hélène Dupré");
        assertThat(rows.get(0).cell(Column.COMPLETED_ON)).isEqualTo("2026-10-15");
        assertThat(rows.get(0).cell(Column.TRAINING_CENTRE)).startsWith("=");
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).cell(Column.PERSON_ID)).isEqualTo("UN-2");
        assertThat(rows.get(1).cell(Column.COURSE_CODE)).isEmpty();
    }

    @Test
    void anXlsxThatInflatesBeyondReasonIsRefusedAsAZipBomb() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1_000_000);

        Refusal refused = refusal("bomb.xlsx", Files.readAllBytes(bomb));

        assertThat(refused.key()).isEqualTo("attestation.error.zipBomb");
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.TOO_LARGE);
    }

    @Test
    void bothTemplatesReadBackAsOneExampleLine() throws Exception {
        for (String format : List.of("csv", "xlsx")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.template(format, out);
            List<AttestationRow> rows = read("template." + format, out.toByteArray());
            assertThat(rows).as(format).singleElement().extracting(r -> r.cell(Column.NAME)).isEqualTo("Aïcha Koné");
            assertThat(rows.get(0).cell(Column.COMPLETED_ON)).isEqualTo("2026-10-15");
        }
    }

}
