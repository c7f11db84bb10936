package org.peaceops.intranet.documents.application.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.infrastructure.tika.TikaContentDetector;

/** Real documents are accepted under their usual names: family relations and the accepted OpenDocument types. */
class FileAdmissionFamiliesTest {

    private static final FileAdmission ADMISSION = new FileAdmission(new TikaContentDetector(),
            IngestSettings.parseTypes(IngestSettings.DEFAULT_ALLOWED_TYPES));

    @TempDir
    Path dir;

    private String admit(Path file) throws IOException {
        return ADMISSION.admit(file, Files.size(file), file.getFileName().toString());
    }

    @Test
    void anXhtmlPageNamedHtmlIsAWebPage() throws IOException {
        Path page = Files.writeString(dir.resolve("faq.html"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>FAQ</title></head>
                <body><p>Questions often asked by newly deployed staff.</p></body></html>
                """, StandardCharsets.UTF_8);
        assertThat(admit(page)).isIn("application/xhtml+xml", "text/html");
    }

    @Test
    void openDocumentSpreadsheetsAndPresentationsAreAccepted() throws IOException {
        assertThat(admit(odf("budget.ods", "application/vnd.oasis.opendocument.spreadsheet")))
                .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(admit(odf("briefing.odp", "application/vnd.oasis.opendocument.presentation")))
                .isEqualTo("application/vnd.oasis.opendocument.presentation");
    }

    @Test
    void aSpreadsheetExportIsNotAcceptedJustBecauseItIsText() throws IOException {
        Path csv = Files.writeString(dir.resolve("roster.csv"), "name,unit\n=cmd|' /C calc'!A0,HQ\n");
        assertThatThrownBy(() -> admit(csv)).isInstanceOfSatisfying(UploadRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(UploadRejection.TYPE_NOT_ALLOWED));
    }

    @Test
    void familiesRelateOnlyTheirMembers() {
        assertThat(FileAdmission.sameFamily("application/xhtml+xml", "text/html")).isTrue();
        assertThat(FileAdmission.sameFamily("application/vnd.openxmlformats-officedocument.presentationml.slideshow",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation")).isTrue();
        assertThat(FileAdmission.sameFamily("application/vnd.ms-word.document.macroenabled.12",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).isFalse();
        assertThat(FileAdmission.sameFamily("image/svg+xml", "text/html")).isFalse();
    }

    /** A minimal OpenDocument package: the stored {@code mimetype} entry first, then the manifest and content. */
    private Path odf(String name, String mediaType) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" "
                    + "manifest:media-type=\"" + mediaType + "\"/></manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
