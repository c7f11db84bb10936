package org.peaceops.intranet.training.scorm.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.scorm.domain.PackageLimits;

/** The configured import limits: taken when sane, else the defaults (a typo never disables the checks). */
class ScormImportLimitsTest {

    @Test
    void theDefaultsAreTheLimitsPackagesWereAlwaysHeldTo() {
        assertThat(ScormImportLimits.of(10_000, 1_048_576_000L, 100)).isEqualTo(PackageLimits.DEFAULT);
        assertThat(new ScormImportLimits().limits()).isEqualTo(PackageLimits.DEFAULT);
    }

    @Test
    void loweredOrRaisedValuesWithinTheirRangeAreTaken() {
        assertThat(ScormImportLimits.of(2, 500, 3)).isEqualTo(new PackageLimits(2, 500, 3));
        assertThat(ScormImportLimits.of(1_000_000, 1L << 40, 10_000)).isEqualTo(new PackageLimits(1_000_000, 1L << 40, 10_000));
    }

    @Test
    void aValueOutOfItsRangeLeavesTheDefaultForThatLimitOnly() {
        PackageLimits limits = ScormImportLimits.of(0, -5, 1_000_000);

        assertThat(limits).isEqualTo(PackageLimits.DEFAULT);
        assertThat(ScormImportLimits.of(5_000_000, 700, 0)).isEqualTo(new PackageLimits(10_000, 700, 100));
    }

    @Test
    void theImportReadsItsLimitsFromTheConfiguration() {
        ScormImportLimits configured = new ScormImportLimits();
        configured.maxEntries = 12;
        configured.maxBytes = 3_000;
        configured.maxRatio = 7;
        configured.read();
        ScormLessons lessons = new ScormLessons();
        lessons.configured = configured;

        lessons.configure();

        assertThat(lessons.limits).isEqualTo(new PackageLimits(12, 3_000, 7));
    }
}
