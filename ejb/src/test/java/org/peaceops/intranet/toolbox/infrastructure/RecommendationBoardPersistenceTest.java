package org.peaceops.intranet.toolbox.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardCriteria;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardReader;
import org.peaceops.intranet.toolbox.domain.recommendation.BoardSort;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;
import org.peaceops.intranet.toolbox.domain.recommendation.TrackedRecommendation;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;

/**
 * The board's query on the migrated schema with EclipseLink: only published reports the reader may read,
 * the filters, the orders (priority by urgency, not by name), paging and counts.
 */
class RecommendationBoardPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final MissionCode UNMISS = new MissionCode("UNMISS");
    private static final MissionCode MINUSCA = new MissionCode("MINUSCA");
    private static final BoardReader UNMISS_READER = new BoardReader("reader-sub", UNMISS, false);
    private static final BoardReader MINUSCA_READER = new BoardReader("reader2-sub", MINUSCA, false);
    private static final BoardReader HQ_READER = new BoardReader("hq-sub", new MissionCode("HQ"), true);

    @TempDir
    Path dir;

    private H2PersistenceUnit unit;

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, ToolboxSchemaMigration.CONTEXT, "toolbox", "SEVERE");
        storeReport(UNMISS, Classification.CONFIDENTIAL, true, List.<Object[]>of(
                new Object[] {"Brief interpreters.", "Civil Affairs", Priority.LOW, LocalDate.of(2026, 11, 30)},
                new Object[] {"Carry a satellite phone.", "Communications", Priority.HIGH, LocalDate.of(2027, 6, 30)}));
        storeReport(MINUSCA, Classification.INTERNAL, true, List.<Object[]>of(
                new Object[] {"Share rosters.", "Field Personnel", Priority.MEDIUM, null}));
        storeReport(UNMISS, Classification.PUBLIC, false, List.<Object[]>of(
                new Object[] {"Still a draft's proposal.", "Civil Affairs", Priority.HIGH, LocalDate.of(2026, 1, 1)}));
    }

    @AfterEach
    void close() {
        unit.close();
    }

    private void storeReport(MissionCode mission, Classification classification, boolean publish, List<Object[]> recs) {
        unit.inTransaction((Function<EntityManager, Void>) em -> {
            JpaReportDefinitionRepository definitions = new JpaReportDefinitionRepository();
            definitions.em = em;
            JpaToolboxReportRepository reports = new JpaToolboxReportRepository();
            reports.em = em;
            JpaRecommendationRepository recommendations = new JpaRecommendationRepository();
            recommendations.em = em;
            DefinitionVersion version = definitions.findByCode("END_OF_ASSIGNMENT_REPORT").orElseThrow().current();
            ToolboxReport report = ToolboxReport.draft(version, mission, "Report of " + mission, "author", NOW);
            report.edit(version, report.title(), ReportValues.of(Map.of(
                    "post", new FieldValue.Text("Head of office"),
                    "period", new FieldValue.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 10, 31)),
                    "achievements", new FieldValue.RichText("<p>Many.</p>"),
                    "challenges", new FieldValue.RichText("<p>Some.</p>"))), "author", NOW);
            reports.store(report);
            em.flush();
            for (Object[] r : recs) {
                recommendations.store(Recommendation.propose(report, (String) r[0], (String) r[1], (Priority) r[2],
                        (LocalDate) r[3], "author", NOW));
            }
            if (publish) {
                report.submit(version, "author", NOW);
                report.publish("bpo", mission, classification, NOW);
            }
            return null;
        });
    }

    private List<String> texts(BoardCriteria criteria, BoardReader reader, BoardSort sort, boolean ascending) {
        return unit.inTransaction(em -> {
            JpaRecommendationRepository repository = new JpaRecommendationRepository();
            repository.em = em;
            return repository.board(criteria, reader, sort, ascending, 0, 50).stream()
                    .map(TrackedRecommendation::recommendation).map(Recommendation::text).toList();
        });
    }

    private long count(BoardCriteria criteria, BoardReader reader) {
        return unit.inTransaction(em -> {
            JpaRecommendationRepository repository = new JpaRecommendationRepository();
            repository.em = em;
            return repository.count(criteria, reader);
        });
    }

    @Test
    void aReaderSeesPublishedReportsTheyMayReadAndNoOtherMissionsConfidentialOnes() {
        assertThat(texts(BoardCriteria.none(), UNMISS_READER, BoardSort.PRIORITY, true))
                .containsExactly("Carry a satellite phone.", "Share rosters.", "Brief interpreters.");
        assertThat(texts(BoardCriteria.none(), MINUSCA_READER, BoardSort.DUE_DATE, true)).containsExactly("Share rosters.");
        assertThat(count(BoardCriteria.none(), HQ_READER)).isEqualTo(3);
        assertThat(count(BoardCriteria.none(), MINUSCA_READER)).isEqualTo(1);
    }

    @Test
    void filtersOrdersAndTheOverdueView() {
        assertThat(texts(new BoardCriteria(null, UNMISS, null, null, null), HQ_READER, BoardSort.PRIORITY, false))
                .containsExactly("Brief interpreters.", "Carry a satellite phone.");
        assertThat(texts(new BoardCriteria(null, null, Priority.MEDIUM, null, null), HQ_READER, BoardSort.OFFICE, true))
                .containsExactly("Share rosters.");
        assertThat(texts(new BoardCriteria(null, null, null, "commun", null), HQ_READER, BoardSort.OFFICE, true))
                .containsExactly("Carry a satellite phone.");
        assertThat(texts(new BoardCriteria(RecommendationStatus.OPEN, null, null, null, null), HQ_READER,
                BoardSort.OFFICE, true)).containsExactly("Brief interpreters.", "Carry a satellite phone.", "Share rosters.");
        assertThat(texts(new BoardCriteria(null, null, null, null, LocalDate.of(2026, 12, 7)), UNMISS_READER,
                BoardSort.DUE_DATE, true)).containsExactly("Brief interpreters.");
        assertThat(count(new BoardCriteria(RecommendationStatus.ACCEPTED, null, null, null, null), HQ_READER)).isZero();
    }
}
