package org.peaceops.intranet.documents.application.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.domain.extraction.ExtractionOutcome;
import org.peaceops.intranet.documents.domain.extraction.ExtractionReason;
import org.peaceops.intranet.documents.domain.extraction.ExtractionStatus;
import org.peaceops.intranet.documents.infrastructure.tika.TikaTextExtractor;

/**
 * Extraction in child JVMs (Tika's ForkParser), as the server runs it: the test's own class path plays
 * the part of the EAR's lib/ directory. The outcomes are those of in-process extraction.
 */
class ForkedExtractionTest {

    @TempDir
    static Path dir;

    private static HostileFiles files;
    private static TikaTextExtractor forked;

    @BeforeAll
    static void setUp() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("tika-bin"));
        for (Path jar : classPathJars()) {
            Files.createSymbolicLink(bin.resolve(jar.getFileName()), jar);
        }
        files = new HostileFiles(Files.createDirectories(dir.resolve("files")));
        forked = TikaTextExtractor.forked(1_000_000, Duration.ofSeconds(60), bin, 256, 1);
    }

    @AfterAll
    static void tearDown() {
        forked.close();
    }

    /** The jars on the class path, also when Surefire hides them behind a manifest-only booter jar. */
    private static List<Path> classPathJars() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
                continue;
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                String manifestPath = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue("Class-Path");
                if (manifestPath != null && path.getFileName().toString().startsWith("surefire")) {
                    for (String url : manifestPath.split(" ")) {
                        Path listed = Path.of(java.net.URI.create(url));
                        if (listed.toString().endsWith(".jar") && Files.isRegularFile(listed)) {
                            jars.add(listed);
                        }
                    }
                    continue;
                }
            }
            jars.add(path);
        }
        return jars.stream().filter(j -> j.getFileName().toString().matches(".*(tika|pdfbox|fontbox|poi|xmlbeans|commons|"
                + "SparseBitSet|curvesapi|slf4j|log4j|jsoup|juniversalchardet|xz|brotli|jempbox|xmpbox|jai|jbig2|picocli|"
                + "metadata-extractor|xmpcore|mime4j|bc|jackcess|libpst|rome|jdom|parso|jmatio|jhighlight|asm|vorbis|dd-plist|"
                + "jwarc).*")).distinct().toList();
    }

    @Test
    void aRealPdfIsExtractedInAChildJvm() throws IOException {
        StringWriter text = new StringWriter();
        ExtractionOutcome outcome = forked.extract(files.pdf("forked.pdf", "Extracted far from the server's heap"), null, text);
        assertThat(forked.isForked()).isTrue();
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(text.toString()).contains("Extracted far from the server's heap");
        assertThat(outcome.pageCount()).contains(1);
    }

    @Test
    void hostileFilesHaveTheSameOutcomesInAChildJvm() throws IOException {
        ExtractionOutcome locked = forked.extract(files.encryptedPdf("forked-locked.pdf"), null, new StringWriter());
        assertThat(locked.reason())
                .contains(ExtractionReason.ENCRYPTED);
        assertThat(forked.extract(files.truncatedPdf("forked-cut.pdf"), null, new StringWriter()).reason())
                .contains(ExtractionReason.CORRUPT);
        ExtractionOutcome bomb = forked.extract(files.docxBomb("forked-bomb.docx", 200), null, new StringWriter());
        assertThat(bomb.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(bomb.reason()).contains(ExtractionReason.ARCHIVE_BOMB);
        StringWriter after = new StringWriter();
        assertThat(forked.extract(files.pdf("forked-after.pdf", "Still healthy"), null, after).status())
                .isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(after.toString()).contains("Still healthy");
    }

    @Test
    void textCutAtTheLimitInAChildJvmIsRecordedAsTruncated() throws IOException {
        StringWriter text = new StringWriter();
        ExtractionOutcome outcome = forked.extract(files.largeText("forked-big.txt", 3_000_000), null, text);
        assertThat(outcome.status()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(outcome.reason()).contains(ExtractionReason.TEXT_TRUNCATED);
        assertThat(outcome.detail()).hasValueSatisfying(d -> assertThat(d).contains("1000000"));
        assertThat(outcome.textChars()).isEqualTo(1_000_000);
    }
}
