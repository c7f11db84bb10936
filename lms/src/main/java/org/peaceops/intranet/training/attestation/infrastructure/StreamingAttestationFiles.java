package org.peaceops.intranet.training.attestation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.peaceops.intranet.shared.refusal.UnsupportedType;
import org.peaceops.intranet.training.attestation.application.AttestationFiles;
import org.peaceops.intranet.training.attestation.application.AttestationUpload;
import org.peaceops.intranet.training.attestation.domain.AttestationRow;
import org.peaceops.intranet.training.attestation.domain.Column;

/** Attestation files told apart by their first bytes (a zip is XLSX, an OLE2 file an old .xls, else CSV). */
@ApplicationScoped
public class StreamingAttestationFiles implements AttestationFiles {

    static final List<String> EXAMPLE = List.of("UN-000123", "Aïcha Koné", "police", "SEN", "PDT-CORE", "2026-10-15",
            "Centre de formation des forces de police, Dakar");

    @Override
    public void read(AttestationUpload upload, Consumer<AttestationRow> rows) {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(upload.file())) {
            int n = in.readNBytes(magic, 0, 4);
            if (n == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                XlsxAttestations.read(upload.file(), upload.fileName(), rows);
            } else if (n == 4 && (magic[0] & 0xff) == 0xD0 && (magic[1] & 0xff) == 0xCF) {
                throw new UnsupportedType("attestation.error.type", "Old .xls workbooks are not read: save as XLSX or CSV")
                        .about(upload.fileName());
            } else {
                CsvAttestations.read(upload.open(), upload.fileName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void template(String format, OutputStream out) throws IOException {
        if ("xlsx".equals(format)) {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
                Sheet sheet = workbook.createSheet("attestations");
                CellStyle text = workbook.createCellStyle();
                text.setDataFormat(workbook.createDataFormat().getFormat("@"));
                Row header = sheet.createRow(0);
                Row example = sheet.createRow(1);
                for (int i = 0; i < Column.values().length; i++) {
                    header.createCell(i).setCellValue(Column.values()[i].header());
                    example.createCell(i).setCellValue(EXAMPLE.get(i));
                    example.getCell(i).setCellStyle(text);
                    sheet.setDefaultColumnStyle(i, text);
                    sheet.setColumnWidth(i, 20 * 256);
                }
                workbook.write(out);
                workbook.dispose();
            }
            return;
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(Column.headers());
        printer.printRecord(EXAMPLE);
        printer.flush();
    }
}
