package org.peaceops.intranet.toolbox.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.documents.application.search.IndexedVersion;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.toolbox.application.demo.DemoReport;
import org.peaceops.intranet.toolbox.application.search.ToolboxSearchEntries;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;

/**
 * The demo reports are complete reports of the seeded types (each passes the submission check and is
 * published), published reports are read back in id order and by period, and what the search index
 * takes of one is its prose without markup. The demo text stays clear of the words the search tests
 * count guidance by, so demo reports never change what those tests expect.
 */
class DemoReportsPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final MissionCode UNMISS = new MissionCode("UNMISS");

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, ToolboxSchemaMigration.CONTEXT, "toolbox", "SEVERE");
    }

    @AfterEach
    void close() {
        unit.close();
    }

    private List<Long> publishDemo() {
        return unit.inTransaction(em -> {
            JpaReportDefinitionRepository definitions = new JpaReportDefinitionRepository();
            definitions.em = em;
            JpaToolboxReportRepository reports = new JpaToolboxReportRepository();
            reports.em = em;
            return DemoReport.all().stream().map(demo -> {
                DefinitionVersion version = definitions.findByCode(demo.typeCode()).orElseThrow().current();
                ToolboxReport report = ToolboxReport.draft(version, UNMISS, demo.title(), "contributor", NOW);
                report.edit(version, demo.title(), demo.values(), "contributor", NOW);
                report.submit(version, "contributor", NOW);
                report.publish("bpo", UNMISS, demo.classification(), NOW.plusSeconds(60));
                return reports.store(report).getId();
            }).toList();
        });
    }

    private List<ToolboxReport> after(long afterId, int max) {
        return unit.inTransaction(em -> published(em).after(afterId, max));
    }

    private List<ToolboxReport> between(Instant from, Instant to) {
        return unit.inTransaction(em -> published(em).publishedBetween(from, to));
    }

    private static JpaPublishedReports published(jakarta.persistence.EntityManager em) {
        JpaPublishedReports published = new JpaPublishedReports();
        published.em = em;
        return published;
    }

    private static List<Long> ids(List<ToolboxReport> reports) {
        return reports.stream().map(ToolboxReport::getId).toList();
    }

    @Test
    void everyDemoReportIsCompleteAndPublishedReportsAreReadBackInOrderAndByPeriod() {
        List<Long> ids = publishDemo();

        assertThat(ids).hasSize(4);
        assertThat(ids(after(-1, 10))).isEqualTo(ids);
        assertThat(ids(after(ids.get(1), 1))).containsExactly(ids.get(2));
        assertThat(between(NOW, NOW.plus(Duration.ofDays(1)))).hasSize(4);
        assertThat(between(NOW.plusSeconds(61), NOW.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(after(-1, 10).stream().map(ToolboxReport::typeCode).distinct())
                .containsExactlyInAnyOrder("AFTER_ACTION_REVIEW", "HANDOVER_NOTE");
    }

    @Test
    void theIndexTakesTheProseOfAReportWithoutMarkupAndAHandoverNoteAsForItsMissionOnly() throws IOException {
        publishDemo();
        List<String> aarOrder = List.of("event", "date", "mission", "participants", "whatWasPlanned", "whatHappened", "why",
                "whatWentWell", "whatToImprove");
        List<IndexedVersion> entries = after(-1, 10).stream().map(r -> ToolboxSearchEntries.entry(r, aarOrder)).toList();

        IndexedVersion pibor = entries.stream().filter(e -> e.titleEn().orElse("").contains("Pibor")).findFirst().orElseThrow();
        String text = read(pibor);
        assertThat(text).contains("atrocity prevention lens", "Protection of civilians response near Pibor")
                .doesNotContain("<p>");
        // the opening stands for a summary: the event first, as the form has it
        assertThat(text).startsWith("Protection of civilians response near Pibor\n\nPatrols were to follow");
        assertThat(pibor.summaryEn()).hasValueSatisfying(summary -> assertThat(summary)
                .startsWith("Protection of civilians response near Pibor Patrols were to follow").endsWith(" …")
                .hasSizeLessThan(250));
        assertThat(pibor.report()).isTrue();
        assertThat(pibor.classification()).isEqualTo("PUBLIC");
        assertThat(pibor.mission()).isEqualTo("UNMISS");
        assertThat(pibor.missionAndSuccessorOnly()).isFalse();
        assertThat(entries).filteredOn(e -> e.typeCode().equals("HANDOVER_NOTE")).singleElement()
                .satisfies(h -> assertThat(h.missionAndSuccessorOnly()).isTrue());

        for (IndexedVersion entry : entries) {
            assertThat((entry.titleEn().orElse("") + read(entry)).toLowerCase(Locale.ROOT))
                    .doesNotContain("peacekeep", "addis", "multidim");
        }
    }

    private static String read(IndexedVersion entry) throws IOException {
        try (Reader reader = entry.body().open().orElseThrow()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }
}
