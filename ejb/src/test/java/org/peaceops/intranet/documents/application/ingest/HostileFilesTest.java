package org.peaceops.intranet.documents.application.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.domain.extraction.ExtractionOutcome;
import org.peaceops.intranet.documents.domain.extraction.ExtractionReason;
import org.peaceops.intranet.documents.domain.extraction.ExtractionStatus;
import org.peaceops.intranet.documents.infrastructure.tika.TikaContentDetector;
import org.peaceops.intranet.documents.infrastructure.tika.TikaTextExtractor;

/**
 * Each file of the hostile set gets its own clear outcome: refused before it is kept (with the reason),
 * or kept with an extraction status and reason. None of them throws out of the extractor or hangs it.
 */
class HostileFilesTest {

    @TempDir
    static Path dir;

    private static HostileFiles files;
    private static FileAdmission admission;
    private static TikaTextExtractor extractor;

    @BeforeAll
    static void setUp() {
        files = new HostileFiles(dir);
        admission = new FileAdmission(new TikaContentDetector(), IngestSettings.parseTypes(IngestSettings.DEFAULT_ALLOWED_TYPES));
        extractor = new TikaTextExtractor(1_000_000, Duration.ofSeconds(60));
    }

    @AfterAll
    static void tearDown() {
        extractor.close();
    }

    private static String admit(Path file) throws IOException {
        return admission.admit(file, Files.size(file), file.getFileName().toString());
    }

    private static ExtractionOutcome extract(TikaTextExtractor with, Path file, Writer out) throws IOException {
        return with.extract(file, null, out);
    }

    @Test
    void aRealPdfIsAcceptedAndItsTextAndMetadataExtracted() throws IOException {
        Path pdf = files.pdf("report.pdf", "The mission protects civilians and this report is in English as the others are.");
        assertThat(admit(pdf)).isEqualTo("application/pdf");
        StringWriter text = new StringWriter();
        ExtractionOutcome outcome = extract(extractor, pdf, text);
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(outcome.reason()).isEmpty();
        assertThat(outcome.pageCount()).contains(1);
        assertThat(text.toString()).contains("The mission protects civilians");
        assertThat(outcome.textChars()).isEqualTo(text.toString().length());
    }

    @Test
    void officeDocumentsAreRecognisedByTheirContentAndExtracted() throws IOException {
        Path docx = dir.resolve("sop.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                java.io.OutputStream out = Files.newOutputStream(docx)) {
            word.createParagraph().createRun().setText("Standard operating procedure on handover notes");
            word.getProperties().getCoreProperties().setTitle("Handover notes");
            word.getProperties().getCoreProperties().setCreator("Best Practices Officer");
            word.write(out);
        }
        Path xlsx = dir.resolve("tracker.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.OutputStream out = Files.newOutputStream(xlsx)) {
            book.createSheet("Recommendations").createRow(0).createCell(0).setCellValue("Recommendation acted on");
            book.write(out);
        }
        assertThat(admit(docx)).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(admit(xlsx)).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        StringWriter text = new StringWriter();
        ExtractionOutcome outcome = extract(extractor, docx, text);
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(outcome.title()).contains("Handover notes");
        assertThat(outcome.author()).contains("Best Practices Officer");
        assertThat(text.toString()).contains("Standard operating procedure on handover notes");
        StringWriter sheet = new StringWriter();
        assertThat(extract(extractor, xlsx, sheet).status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(sheet.toString()).contains("Recommendation acted on");
    }

    @Test
    void aWordDocumentRenamedAsAPdfIsRefused() throws IOException {
        Path docx = dir.resolve("real.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                java.io.OutputStream out = Files.newOutputStream(docx)) {
            word.createParagraph().createRun().setText("Not a PDF");
            word.write(out);
        }
        Path renamed = Files.copy(docx, dir.resolve("looks-like.pdf"));
        assertThatThrownBy(() -> admit(renamed)).isInstanceOfSatisfying(UploadRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(UploadRejection.TYPE_MISMATCH));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = files.empty("nothing.pdf");
        assertThatThrownBy(() -> admit(empty)).isInstanceOfSatisfying(UploadRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(UploadRejection.EMPTY));
    }

    @Test
    void aPdfNamedAsAWordDocumentIsRefusedAsAContradiction() throws IOException {
        Path disguised = files.pdf("minutes.docx", "Minutes of the meeting");
        assertThatThrownBy(() -> admit(disguised)).isInstanceOfSatisfying(UploadRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(UploadRejection.TYPE_MISMATCH);
            assertThat(e.arguments()).containsExactly("application/pdf", "docx");
        });
    }

    @Test
    void anImageThatIsAlsoAWebPageIsRefused() throws IOException {
        Path polyglot = files.polyglot("welcome.html");
        assertThatThrownBy(() -> admit(polyglot)).isInstanceOfSatisfying(UploadRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(UploadRejection.TYPE_MISMATCH);
            assertThat(e.arguments().get(0)).isEqualTo("image/jpeg");
        });
    }

    @Test
    void aDeeplyNestedArchiveIsRefusedAsATypeThatIsNotAccepted() throws IOException {
        Path nested = files.nestedZip("nested.zip", 60);
        assertThatThrownBy(() -> admit(nested)).isInstanceOfSatisfying(UploadRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(UploadRejection.TYPE_NOT_ALLOWED);
            assertThat(e.arguments()).containsExactly("application/zip");
        });
    }

    @Test
    void aDeeplyNestedArchiveReachingTheExtractorAnywayEndsWithinTheDepthLimit() throws IOException {
        Path nested = files.nestedZip("nested-direct.zip", 60);
        StringWriter text = new StringWriter();
        ExtractionOutcome outcome = extract(extractor, nested, text);
        // Tika stops descending at its package-depth limit: the outer levels are listed, the bottom is never reached.
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(text.toString()).contains("level58.zip");
        assertThat(text.toString()).doesNotContain("bottom of the nest");
    }

    @Test
    void anEncryptedPdfIsKeptWithoutTextAndSaysWhy() throws IOException {
        Path locked = files.encryptedPdf("locked.pdf");
        assertThat(admit(locked)).isEqualTo("application/pdf");
        StringWriter text = new StringWriter();
        ExtractionOutcome outcome = extract(extractor, locked, text);
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.NO_TEXT);
        assertThat(outcome.reason()).contains(ExtractionReason.ENCRYPTED);
        assertThat(outcome.hasText()).isFalse();
        assertThat(text.toString()).doesNotContain("Confidential field report");
    }

    @Test
    void aTruncatedPdfFailsAsDamaged() throws IOException {
        Path cut = files.truncatedPdf("cut.pdf");
        assertThat(admit(cut)).isEqualTo("application/pdf");
        ExtractionOutcome outcome = extract(extractor, cut, new StringWriter());
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(outcome.reason()).contains(ExtractionReason.CORRUPT);
        assertThat(outcome.detail()).isPresent();
    }

    @Test
    void aDecompressionBombDressedAsAWordDocumentIsStopped() throws IOException {
        Path bomb = files.docxBomb("bomb.docx", 200);
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        assertThat(admit(bomb)).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        StringWriter text = new StringWriter();
        ExtractionOutcome outcome = extract(extractor, bomb, text);
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(outcome.reason()).contains(ExtractionReason.ARCHIVE_BOMB);
        assertThat(text.getBuffer().length()).isLessThan(2_000_000);
    }

    @Test
    void textBeyondTheLimitIsCutAndTheCutIsSaid() throws IOException {
        Path big = files.largeText("big.txt", 3_000_000);
        assertThat(admit(big)).isEqualTo("text/plain");
        StringWriter text = new StringWriter();
        ExtractionOutcome outcome = extract(extractor, big, text);
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(outcome.reason()).contains(ExtractionReason.TEXT_TRUNCATED);
        assertThat(outcome.textChars()).isEqualTo(1_000_000);
        assertThat(text.getBuffer().length()).isEqualTo(1_000_000);
        assertThat(outcome.language()).contains("en");
    }

    @Test
    void extractionBeyondTheTimeLimitIsStopped() throws IOException {
        Path big = files.largeText("slow.txt", 20_000_000);
        try (TikaTextExtractor hurried = new TikaTextExtractor(50_000_000, Duration.ofMillis(1))) {
            ExtractionOutcome outcome = extract(hurried, big, Writer.nullWriter());
            assertThat(outcome.status()).isEqualTo(ExtractionStatus.FAILED);
            assertThat(outcome.reason()).contains(ExtractionReason.TIMEOUT);
        }
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theExtractorStillWorksAfterTheWholeHostileSet() throws IOException {
        for (Path hostile : new Path[] {files.docxBomb("again.docx", 50), files.truncatedPdf("again.pdf"),
                files.encryptedPdf("again-locked.pdf"), files.nestedZip("again.zip", 40)}) {
            extract(extractor, hostile, new StringWriter());
        }
        StringWriter text = new StringWriter();
        ExtractionOutcome outcome = extract(extractor, files.pdf("after.pdf", "Still healthy"), text);
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(text.toString()).contains("Still healthy");
    }

    @Test
    void anXmlBombInAnOpenDocumentGivesItsTextUpToTheLimitAndAWordDocumentWithADoctypeIsRefusedUnread() throws IOException {
        XmlBombs.checkWith(extractor, files, "in-process-");
    }
}
