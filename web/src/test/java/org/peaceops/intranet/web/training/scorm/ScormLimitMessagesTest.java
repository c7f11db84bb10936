package org.peaceops.intranet.web.training.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.training.scorm.application.ScormImportLimits;
import org.peaceops.intranet.training.scorm.domain.PackageInspection;
import org.peaceops.intranet.training.scorm.domain.PackageLimits;
import org.peaceops.intranet.training.scorm.domain.PackageProblem;
import org.peaceops.intranet.training.scorm.domain.PackageRefused;
import org.peaceops.intranet.training.scorm.infrastructure.ZipPackageArchive;
import org.peaceops.intranet.web.shell.Messages;

/**
 * A limit lowered in configuration refuses a package that the defaults accept, and the trainer reads why in
 * English and French: what the package has, the limit, and the configuration key that sets it.
 */
class ScormLimitMessagesTest {

    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="org.peaceops.limits" version="1"
                xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="org"><organization identifier="org"><title>Limits</title>
                <item identifier="i1" identifierref="r1"><title>One</title></item>
              </organization></organizations>
              <resources><resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="index.html">
                <file href="index.html"/></resource></resources>
            </manifest>
            """;

    @TempDir
    Path dir;

    @Test
    void fewerEntriesAllowedRefusesThePackageNamingTheLimitInBothLanguages() throws IOException {
        Path zip = zip(new byte[0]);
        assertThat(refusal(PackageLimits.DEFAULT, zip)).isNull();

        PackageRefused refused = refusal(ScormImportLimits.of(2, 1_048_576_000L, 100), zip);

        assertThat(refused.problem()).isEqualTo(PackageProblem.TOO_MANY_ENTRIES);
        assertThat(text(refused, Locale.ENGLISH)).isEqualTo(
                "The package holds 3 files, more than the 2 allowed (intranet.scorm.max-entries).");
        assertThat(text(refused, Locale.FRENCH)).isEqualTo(
                "Le paquet contient 3 fichiers, plus que les 2 permis (intranet.scorm.max-entries).");
    }

    @Test
    void fewerBytesAllowedRefusesThePackageNamingTheLimitInBothLanguages() throws IOException {
        PackageRefused refused = refusal(ScormImportLimits.of(10_000, 1_000, 100), zip(new byte[2_000]));

        assertThat(refused.problem()).isEqualTo(PackageProblem.TOO_LARGE);
        assertThat(text(refused, Locale.ENGLISH)).contains("more than the 1000 allowed (intranet.scorm.max-bytes)");
        assertThat(text(refused, Locale.FRENCH)).contains("plus que les 1000 permis (intranet.scorm.max-bytes)");
    }

    @Test
    void aLowerRatioRefusesThePackageAsAZipBombNamingTheLimitInBothLanguages() throws IOException {
        Path zip = zip(new byte[256 * 1024]); // zeros: deflate to about a thousandth
        assertThat(refusal(PackageLimits.DEFAULT, zip).problem()).isEqualTo(PackageProblem.TOO_INFLATED);

        PackageRefused refused = refusal(ScormImportLimits.of(10_000, 1_048_576_000L, 2),
                zip(text(256 * 1024).getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.problem()).isEqualTo(PackageProblem.TOO_INFLATED);
        assertThat(text(refused, Locale.ENGLISH)).contains("zip bomb").contains("data.txt")
                .contains("more than the 2 allowed (intranet.scorm.max-ratio)");
        assertThat(text(refused, Locale.FRENCH)).contains("bombe zip").contains("data.txt")
                .contains("plus que les 2 permis (intranet.scorm.max-ratio)");
    }

    @Test
    void everyReasonAPackageIsRefusedForIsInBothLanguages() {
        for (PackageProblem problem : PackageProblem.values()) {
            assertThat(bundle(Locale.ENGLISH).getString(problem.key())).as(problem.key()).isNotBlank();
            assertThat(bundle(Locale.FRENCH).getString(problem.key())).as(problem.key())
                    .isNotEqualTo(bundle(Locale.ENGLISH).getString(problem.key()));
        }
    }

    /** Text that compresses a few times over, not a thousand: words of a small alphabet, pseudo-random. */
    private static String text(int length) {
        StringBuilder s = new StringBuilder(length);
        java.util.Random random = new java.util.Random(42);
        while (s.length() < length) {
            s.append((char) ('a' + random.nextInt(6)));
        }
        return s.toString();
    }

    private PackageRefused refusal(PackageLimits limits, Path zip) {
        try (ZipPackageArchive archive = ZipPackageArchive.open(zip)) {
            return catchThrowableOfType(PackageRefused.class, () -> new PackageInspection(limits).inspect(archive));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** As the pages say it (PageFeedback: the bundle's pattern, formatted with the refusal's arguments). */
    private static String text(PackageRefused refused, Locale locale) {
        return new MessageFormat(bundle(locale).getString(refused.key()), locale).format(refused.arguments().toArray());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }

    /** A SCORM 1.2 package of three files: the manifest, its launch page and {@code data.txt}. */
    private Path zip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "imsmanifest.xml", MANIFEST.getBytes(StandardCharsets.UTF_8));
            put(zip, "index.html", "<!DOCTYPE html><html><body>One</body></html>".getBytes(StandardCharsets.UTF_8));
            put(zip, "data.txt", data);
        }
        Path file = Files.createTempFile(dir, "package-", ".zip");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
