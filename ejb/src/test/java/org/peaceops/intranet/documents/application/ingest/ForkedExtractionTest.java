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
    private static Path bin;
    private static java.util.Set<Long> sharedChildren = java.util.Set.of();

    @BeforeAll
    static void setUp() throws IOException {
        bin = Files.createDirectories(dir.resolve("tika-bin"));
        for (Path jar : classPathJars()) {
            Files.createSymbolicLink(bin.resolve(jar.getFileName()), jar);
        }
        files = new HostileFiles(Files.createDirectories(dir.resolve("files")));
        forked = TikaTextExtractor.forked(1_000_000, Duration.ofSeconds(60), bin, 256, 1);
        // the shared extractor's child, started now so that it is never taken for one of another test
        forked.extract(files.pdf("forked-first.pdf", "First"), null, new StringWriter());
        sharedChildren = ProcessHandle.current().children().map(ProcessHandle::pid).collect(java.util.stream.Collectors.toSet());
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

    @Test
    void anXmlBombInAChildJvmHasTheSameOutcomeAsInProcess() throws IOException {
        XmlBombs.checkWith(forked, files, "forked-");
    }

    @Test
    void childrenAreStartedAheadOfTheFilesAndAFileThatFailsDoesNotCostAChild() throws Exception {
        try (TikaTextExtractor two = TikaTextExtractor.forked(1_000_000, Duration.ofSeconds(60), bin, 256, 2)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                assertThat(two.startChildren(pool, 2).get(2, java.util.concurrent.TimeUnit.MINUTES)).isEqualTo(2);
                java.util.Set<Long> started = childPids();
                assertThat(started).hasSizeGreaterThanOrEqualTo(2);
                assertThat(two.extract(files.truncatedPdf("child-cut.pdf"), null, new StringWriter()).reason())
                        .contains(ExtractionReason.CORRUPT);
                assertThat(two.extract(files.encryptedPdf("child-locked.pdf"), null, new StringWriter()).reason())
                        .contains(ExtractionReason.ENCRYPTED);
                StringWriter after = new StringWriter();
                assertThat(two.extract(files.pdf("child-after.pdf", "Same child"), null, after).status())
                        .isEqualTo(ExtractionStatus.EXTRACTED);
                assertThat(after.toString()).contains("Same child");
                assertThat(childPids()).as("no child was replaced after the refused files").isEqualTo(started);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The child JVMs of this test JVM other than the shared extractor's. */
    private static java.util.Set<Long> childPids() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .filter(pid -> !sharedChildren.contains(pid)).collect(java.util.stream.Collectors.toSet());
    }
}
