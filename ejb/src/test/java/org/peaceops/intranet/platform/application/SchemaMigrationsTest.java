package org.peaceops.intranet.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    private final SchemaMigrations migrations = new SchemaMigrations();

    @Test
    void nothingIsMigratedAtFirst() {
        assertThat(migrations.isMigrated("documents")).isFalse();
        assertThat(migrations.outcomes()).isEmpty();
    }

    @Test
    void remembersASuccessfulMigration() {
        migrations.migrated("documents", 1, "1");

        assertThat(migrations.isMigrated("documents")).isTrue();
        assertThat(migrations.isMigrated("training")).isFalse();
        assertThat(migrations.outcomes()).containsExactly(Map.entry("documents", "migrated to 1 (1 applied now)"));
    }

    @Test
    void remembersAFailureWithItsCause() {
        migrations.failed("training", new IllegalStateException("checksum mismatch"));

        assertThat(migrations.isMigrated("training")).isFalse();
        assertThat(migrations.outcomes()).containsEntry("training", "FAILED: checksum mismatch");
    }

    @Test
    void aFailureWithoutMessageStillCountsAsFailed() {
        migrations.failed("training", new RuntimeException());

        assertThat(migrations.isMigrated("training")).isFalse();
        assertThat(migrations.outcomes().get("training")).startsWith("FAILED");
    }

    @Test
    void keepsEachContextApart() {
        migrations.migrated("documents", 0, "1");
        migrations.failed("training", new RuntimeException("boom"));

        assertThat(migrations.isMigrated("documents")).isTrue();
        assertThat(migrations.isMigrated("training")).isFalse();
        assertThat(migrations.outcomes()).containsOnly(
                Map.entry("documents", "migrated to 1 (0 applied now)"),
                Map.entry("training", "FAILED: boom"));
    }

    @Test
    void theLatestOutcomeOfAContextWins() {
        migrations.migrated("documents", 1, "1");
        migrations.failed("documents", new RuntimeException("lost the database"));

        assertThat(migrations.isMigrated("documents")).isFalse();
        assertThat(migrations.outcomes()).containsOnlyKeys("documents");
    }

    @Test
    void outcomesIsAnUnmodifiableSnapshot() {
        migrations.migrated("documents", 1, "1");
        Map<String, String> snapshot = migrations.outcomes();

        migrations.migrated("training", 1, "1");

        assertThat(snapshot).containsOnlyKeys("documents");
        assertThatThrownBy(() -> snapshot.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(migrations.outcomes()).containsOnlyKeys("documents", "training");
    }
}
