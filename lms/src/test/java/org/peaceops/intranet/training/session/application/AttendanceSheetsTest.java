package org.peaceops.intranet.training.session.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.application.ingest.UploadRejectedException;
import org.peaceops.intranet.documents.application.ingest.UploadRejection;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;
import org.peaceops.intranet.documents.infrastructure.tika.TikaContentDetector;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.shared.refusal.UnsupportedType;
import org.peaceops.intranet.testing.Callers;

/**
 * A signed sheet reaches the real content store through the real admission (Tika's detection): a PDF or
 * image scan is kept and attached with the type its bytes show; another type, a name claiming another
 * type, an empty or too large file, or a session that is not the trainer's keeps nothing and attaches
 * nothing.
 */
class AttendanceSheetsTest {

    private static final long LIMIT = 64 * 1024;
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};

    @TempDir
    Path dir;

    private final List<SheetFile> attached = new ArrayList<>();
    private final Caller trainer = Callers.person("sub-trainer", "UNMISS");
    private AttendanceSheets sheets;
    private boolean refuseSession;

    @BeforeEach
    void wire() {
        sheets = new AttendanceSheets();
        sheets.blobs = new BlobStore(dir.resolve("blobs"), LIMIT);
        sheets.types = new TikaContentDetector();
        sheets.sessions = new TrainingSessions() {
            @Override
            public void checkSheet(Caller user, long sessionId) {
                if (refuseSession) {
                    throw new NotFound("session.error.notFound", "session " + sessionId);
                }
            }

            @Override
            public void attachSheet(Caller user, long sessionId, SheetFile sheet) {
                attached.add(sheet);
            }
        };
    }

    @Test
    void aPdfOrAnImageScanIsKeptAndAttachedWithTheTypeItsContentShows() throws IOException {
        SheetFile pdf = sheets.attach(trainer, 7, new ByteArrayInputStream(PDF), "C:\\scans\\sheet 7.pdf");
        SheetFile png = sheets.attach(trainer, 7, new ByteArrayInputStream(PNG), "photo.png");

        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).isEqualTo("sheet 7.pdf");
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(attached).containsExactly(pdf, png);
        assertThat(Files.readAllBytes(sheets.blobs.locate(pdf.sha256()))).isEqualTo(PDF);
    }

    @Test
    void anotherTypeIsRefusedAsUnsupportedAndNothingIsKept() {
        assertThatThrownBy(() -> sheets.attach(trainer, 7, text("name,signature\nAlice,x\n"), "sheet.csv"))
                .isInstanceOfSatisfying(UnsupportedType.class, e -> {
                    assertThat(e.key()).isEqualTo("session.sheet.type");
                    // the message's one argument is the detected type itself, not a list of it
                    assertThat(e.arguments()).containsExactly("text/csv");
                });
        nothingKept();
    }

    @Test
    void aNameClaimingAnotherTypeThanTheContentIsRefused() {
        assertThatThrownBy(() -> sheets.attach(trainer, 7, text("<html><body>sheet</body></html>"), "sheet.pdf"))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRejection.TYPE_MISMATCH))
                .extracting(e -> ((Refusal) e).kind()).isEqualTo(Refusal.Kind.UNSUPPORTED_TYPE);
        nothingKept();
    }

    @Test
    void anEmptyOrTooLargeScanIsRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> sheets.attach(trainer, 7, new ByteArrayInputStream(new byte[0]), "sheet.pdf"))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRejection.EMPTY));
        byte[] large = Arrays.copyOf(PDF, (int) LIMIT + 1);
        assertThatThrownBy(() -> sheets.attach(trainer, 7, new ByteArrayInputStream(large), "sheet.pdf"))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRejection.TOO_LARGE))
                .extracting(e -> ((Refusal) e).kind()).isEqualTo(Refusal.Kind.TOO_LARGE);
        nothingKept();
    }

    @Test
    void aSessionThatIsNotTheTrainersIsRefusedBeforeAnythingIsStored() {
        refuseSession = true;
        assertThatThrownBy(() -> sheets.attach(trainer, 7, new ByteArrayInputStream(PDF), "sheet.pdf"))
                .isInstanceOf(NotFound.class);
        nothingKept();
    }

    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private void nothingKept() {
        assertThat(attached).isEmpty();
        Path root = dir.resolve("blobs");
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
