package org.peaceops.intranet.training.scorm.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.training.scorm.ScormFixtures;
import org.peaceops.intranet.training.scorm.domain.InspectedPackage;
import org.peaceops.intranet.training.scorm.domain.PackageInspection;
import org.peaceops.intranet.training.scorm.domain.PackageLimits;
import org.peaceops.intranet.training.scorm.domain.PackageProblem;
import org.peaceops.intranet.training.scorm.domain.PackageRefused;
import org.peaceops.intranet.training.scorm.domain.Sco;
import org.peaceops.intranet.training.scorm.domain.ScormVersion;

/**
 * The import's checks on real zips built in the test (no SCORM package can be had from the registries
 * here): the two conforming packages pass with what their manifests say, and each hostile one is refused
 * with its own reason before anything of it is kept.
 */
class PackageInspectionTest {

    @TempDir
    Path dir;

    private final PackageInspection inspection = new PackageInspection(PackageLimits.DEFAULT);

    private InspectedPackage inspect(byte[] zip) throws IOException {
        try (ZipPackageArchive archive = ZipPackageArchive.open(ScormFixtures.write(dir, "p.zip", zip))) {
            return inspection.inspect(archive);
        }
    }

    private PackageProblem refusalOf(byte[] zip) {
        try {
            inspect(zip);
        } catch (PackageRefused refused) {
            assertThat(refused.key()).isEqualTo("scorm.refused." + refused.problem().name());
            assertThat(refused.arguments()).isNotEmpty(); // the entry or value first; a limit's refusal adds the limit
            return refused.problem();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("The package was accepted");
    }

    @Test
    void aScorm12PackageGivesItsTitleVersionScoAndMasteryScore() throws IOException {
        InspectedPackage inspected = inspect(ScormFixtures.scorm12());

        assertThat(inspected.manifest().version()).isEqualTo(ScormVersion.SCORM_12);
        assertThat(inspected.manifest().title()).isEqualTo("Conduct and discipline");
        assertThat(inspected.manifest().packageVersion()).isEqualTo("1.1");
        assertThat(inspected.manifest().scos()).singleElement().satisfies(sco -> {
            assertThat(sco.title()).isEqualTo("Conduct and discipline, the essentials");
            assertThat(sco.launchUrl()).isEqualTo("sco/index.html");
            assertThat(sco.masteryScore()).isEqualByComparingTo("80");
        });
        assertThat(inspected.files()).extracting(f -> f.path().value())
                .containsExactly("imsmanifest.xml", "sco/index.html", "sco/style.css");
    }

    @Test
    void aScorm2004PackageListsItsScosInOrderUnderItsBaseWithTheirParameters() throws IOException {
        InspectedPackage inspected = inspect(ScormFixtures.scorm2004());

        assertThat(inspected.manifest().version()).isEqualTo(ScormVersion.SCORM_2004_4TH);
        assertThat(inspected.manifest().title()).isEqualTo("Security in the field");
        assertThat(inspected.manifest().scos()).extracting(Sco::identifier, Sco::launchUrl)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sco1", "content/travel.html"),
                        org.assertj.core.groups.Tuple.tuple("sco2", "content/compound life.html?part=2"));
        assertThat(inspected.manifest().scos().get(0).masteryScore()).isEqualByComparingTo(new BigDecimal("75"));
        assertThat(inspected.manifest().scos().get(1).mastery()).isEmpty();
    }

    @Test
    void anEntryClimbingOutOfThePackageIsRefused() {
        assertThat(refusalOf(ScormFixtures.pathTraversal())).isEqualTo(PackageProblem.UNSAFE_PATH);
    }

    @Test
    void aZipBombIsRefusedOnWhatItDeclaresBeforeAnythingIsInflated() {
        assertThat(refusalOf(ScormFixtures.zipBomb())).isEqualTo(PackageProblem.TOO_INFLATED);
    }

    @Test
    void morePackageThanTheLimitAllowsIsRefused() throws IOException {
        PackageInspection small = new PackageInspection(new PackageLimits(2, 1_000_000, 100));
        try (ZipPackageArchive archive = ZipPackageArchive.open(ScormFixtures.write(dir, "p.zip", ScormFixtures.scorm12()))) {
            assertThatThrownBy(() -> small.inspect(archive)).isInstanceOfSatisfying(PackageRefused.class, r -> {
                assertThat(r.problem()).isEqualTo(PackageProblem.TOO_MANY_ENTRIES);
                assertThat(r.arguments()).containsExactly("3", "2");
            });
        }
        PackageInspection tiny = new PackageInspection(new PackageLimits(100, 100, 100));
        try (ZipPackageArchive archive = ZipPackageArchive.open(ScormFixtures.write(dir, "q.zip", ScormFixtures.scorm12()))) {
            assertThatThrownBy(() -> tiny.inspect(archive)).isInstanceOfSatisfying(PackageRefused.class, r -> {
                assertThat(r.problem()).isEqualTo(PackageProblem.TOO_LARGE);
                assertThat(r.arguments()).hasSize(2);
                assertThat(r.arguments().get(1)).isEqualTo("100");
            });
        }
    }

    @Test
    void aPackageWithoutManifestIsRefused() {
        assertThat(refusalOf(ScormFixtures.missingManifest())).isEqualTo(PackageProblem.MISSING_MANIFEST);
    }

    @Test
    void aManifestDeclaringAnExternalEntityIsRefusedUnread() {
        assertThat(refusalOf(ScormFixtures.externalEntity())).isEqualTo(PackageProblem.EXTERNAL_ENTITY);
    }

    @Test
    void aLaunchFileThatIsNotInThePackageIsRefused() {
        assertThat(refusalOf(ScormFixtures.missingLaunchFile())).isEqualTo(PackageProblem.MISSING_FILE);
    }

    @Test
    void aSymbolicLinkIsRefused() {
        assertThat(refusalOf(ScormFixtures.symlink())).isEqualTo(PackageProblem.SYMLINK);
    }

    @Test
    void somethingElseThanAZipIsRefused() {
        assertThat(refusalOf("not a zip at all".getBytes())).isEqualTo(PackageProblem.NOT_A_ZIP);
    }

    @Test
    void aLaunchFileThatIsNotHtmlIsRefused() {
        byte[] zip = ScormFixtures.zip(ScormFixtures.files("imsmanifest.xml",
                ScormFixtures.manifest12().replace("href=\"sco/index.html\">", "href=\"sco/style.css\">"),
                "sco/index.html", ScormFixtures.SCO_12, "sco/style.css", "h1{}"));
        assertThat(refusalOf(zip)).isEqualTo(PackageProblem.LAUNCH_NOT_HTML);
    }

    @Test
    void anUnknownEditionIsRefused() {
        byte[] zip = ScormFixtures.zip(ScormFixtures.files("imsmanifest.xml",
                ScormFixtures.manifest12().replace("<schemaversion>1.2</schemaversion>", "<schemaversion>1.1</schemaversion>"),
                "sco/index.html", ScormFixtures.SCO_12, "sco/style.css", "h1{}"));
        assertThat(refusalOf(zip)).isEqualTo(PackageProblem.UNSUPPORTED_VERSION);
    }

    @Test
    void anItemPointingAtNoResourceIsRefused() {
        byte[] zip = ScormFixtures.zip(ScormFixtures.files("imsmanifest.xml",
                ScormFixtures.manifest12().replace("identifierref=\"res1\"", "identifierref=\"nowhere\""),
                "sco/index.html", ScormFixtures.SCO_12, "sco/style.css", "h1{}"));
        assertThat(refusalOf(zip)).isEqualTo(PackageProblem.UNKNOWN_RESOURCE);
    }

    @Test
    void anAbsoluteOrBackslashedEntryIsRefused() {
        assertThat(refusalOf(ScormFixtures.zip(ScormFixtures.files("imsmanifest.xml", ScormFixtures.manifest12(),
                "/etc/passwd", "x")))).isEqualTo(PackageProblem.UNSAFE_PATH);
        assertThat(refusalOf(ScormFixtures.zip(ScormFixtures.files("imsmanifest.xml", ScormFixtures.manifest12(),
                "..\\evil.html", "x")))).isEqualTo(PackageProblem.UNSAFE_PATH);
    }
}
