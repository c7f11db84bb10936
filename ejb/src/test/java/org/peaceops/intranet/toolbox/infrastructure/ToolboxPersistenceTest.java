package org.peaceops.intranet.toolbox.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.testing.H2PersistenceUnit;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.toolbox.domain.definition.AttachedFile;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinition;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;
import org.peaceops.intranet.toolbox.domain.recommendation.Decider;
import org.peaceops.intranet.toolbox.domain.recommendation.GuidanceLink;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;

/**
 * The toolbox mapping with the server's JPA provider (EclipseLink 4) on the Flyway schema in H2
 * (PostgreSQL mode): what the entities write is what the migrations made, the seeded types load as
 * definitions, and the repositories' queries run.
 */
class ToolboxPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final MissionCode UNMISS = new MissionCode("UNMISS");
    @TempDir
    Path dir;

    private H2PersistenceUnit unit;
    private EntityManagerFactory factory;

    @BeforeEach
    void schema() {
        unit = H2PersistenceUnit.migrated(dir, ToolboxSchemaMigration.CONTEXT, "toolbox", "SEVERE");
        factory = unit.factory();
    }

    @AfterEach
    void close() {
        unit.close();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return unit.inTransaction(work);
    }

    /** A query's rows, typed for AssertJ (which cannot infer a lambda's result type). */
    private <T> List<T> listed(Function<EntityManager, List<T>> work) {
        return inTransaction(work);
    }

    private static JpaReportDefinitionRepository definitions(EntityManager em) {
        JpaReportDefinitionRepository r = new JpaReportDefinitionRepository();
        r.em = em;
        return r;
    }

    private static JpaToolboxReportRepository reports(EntityManager em) {
        JpaToolboxReportRepository r = new JpaToolboxReportRepository();
        r.em = em;
        return r;
    }

    private static JpaRecommendationRepository recommendations(EntityManager em) {
        JpaRecommendationRepository r = new JpaRecommendationRepository();
        r.em = em;
        return r;
    }

    private static ReportValues surveyValues() {
        return ReportValues.of(Map.of(
                "question", new FieldValue.Text("How do missions recruit local staff?"),
                "missionsSurveyed", new FieldValue.Missions(List.of(UNMISS, new MissionCode("MINUSCA"))),
                "findingsPerMission", new FieldValue.Rows(List.of(
                        Map.of("mission", new FieldValue.Missions(List.of(UNMISS)),
                                "findings", new FieldValue.RichText("<p>Panels of three <b>always</b>.</p>")),
                        Map.of("mission", new FieldValue.Missions(List.of(new MissionCode("MINUSCA"))),
                                "findings", new FieldValue.RichText("<p>A roster, then interviews.</p>")))),
                "comparison", new FieldValue.RichText("<p>Both test written skills.</p><script>x()</script>")));
    }

    private long storedSurvey() {
        return inTransaction(em -> {
            DefinitionVersion version = definitions(em).findByCode("SURVEY_OF_PRACTICE").orElseThrow().current();
            ToolboxReport report = ToolboxReport.draft(version, UNMISS, "Recruiting local staff", "author", NOW);
            report.edit(version, "Recruiting local staff", surveyValues(), "author", NOW);
            return reports(em).store(report).getId();
        });
    }

    @Test
    void theSeededTypesLoadAsDefinitionsInDisplayOrder() {
        List<ReportDefinition> all = inTransaction(em -> definitions(em).active());

        assertThat(all).extracting(ReportDefinition::code).containsExactly("AFTER_ACTION_REVIEW", "SURVEY_OF_PRACTICE",
                "END_OF_ASSIGNMENT_REPORT", "HANDOVER_NOTE");
        DefinitionVersion survey = all.get(1).current();
        // version 2 (toolbox V3): version 1's fields and optional themes
        assertThat(survey.number()).isEqualTo(2);
        assertThat(survey.field("themes").orElseThrow().kind()).isEqualTo(FieldKind.THEMES);
        assertThat(survey.field("themes").orElseThrow().isRequired()).isFalse();
        assertThat(survey.columnsOf("findingsPerMission")).extracting(FieldDefinition::key).containsExactly("mission", "findings");
        assertThat(all.get(3).current().field("keyFiles").orElseThrow().allowsSeveral()).isTrue();
        assertThat(all.get(2).current().field("contacts").orElseThrow().kind()).isEqualTo(FieldKind.ROWS);
    }

    @Test
    void aReportIsStoredAndReadBackWithEveryValue() {
        long id = storedSurvey();

        ToolboxReport loaded = inTransaction(em -> reports(em).find(id).orElseThrow());

        assertThat(loaded.values()).isEqualTo(surveyValues());
        assertThat(loaded.values().get("comparison").orElseThrow()).isEqualTo(
                new FieldValue.RichText("<p>Both test written skills.</p>"));
        assertThat(loaded.typeCode()).isEqualTo("SURVEY_OF_PRACTICE");
        assertThat(loaded.definitionVersion()).isEqualTo(2);
        assertThat(loaded.steps()).extracting(s -> s.to()).containsExactly(ReportStatus.DRAFT);
    }

    @Test
    void attachmentsAndPeriodsAndPersonsReadBack() {
        AttachedFile plan = new AttachedFile("e".repeat(64), 4096, "application/pdf", "handover-plan.pdf");
        long id = inTransaction(em -> {
            DefinitionVersion eoar = definitions(em).findByCode("END_OF_ASSIGNMENT_REPORT").orElseThrow().current();
            DefinitionVersion note = definitions(em).findByCode("HANDOVER_NOTE").orElseThrow().current();
            ToolboxReport handover = ToolboxReport.draft(note, UNMISS, "Handover", "author", NOW);
            handover.edit(note, "Handover", ReportValues.of(Map.of("post", new FieldValue.Text("Chief of Staff"),
                    "keyFiles", new FieldValue.Attachments(List.of(plan)))), "author", NOW);
            handover.nameSuccessor("successor", "author", NOW);
            reports(em).store(handover);
            ToolboxReport report = ToolboxReport.draft(eoar, UNMISS, "End of assignment", "author", NOW);
            report.edit(eoar, "End of assignment", ReportValues.of(Map.of(
                    "period", new FieldValue.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 30)))),
                    "author", NOW);
            reports(em).store(report);
            return handover.getId();
        });

        List<ToolboxReport> mine = inTransaction(em -> reports(em).byAuthor("author"));

        ToolboxReport handover = mine.stream().filter(r -> r.getId() == id).findFirst().orElseThrow();
        FieldValue.Attachments files = (FieldValue.Attachments) handover.values().get("keyFiles").orElseThrow();
        assertThat(files.files()).singleElement().satisfies(f -> {
            assertThat(f.getSha256()).isEqualTo("e".repeat(64));
            assertThat(f.getSize()).isEqualTo(4096);
            assertThat(f.getOriginalFileName()).isEqualTo("handover-plan.pdf");
        });
        assertThat(handover.successor()).contains("successor");
        java.util.Set<String> attached = inTransaction(em -> reports(em).referencedBlobHashes());
        assertThat(attached).containsExactly("e".repeat(64));
        assertThat(mine.stream().filter(r -> r.getId() != id).findFirst().orElseThrow().values().get("period"))
                .contains(new FieldValue.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void ofTwoReviewersActingAtOnceTheSecondIsTold() {
        long id = storedSurvey();
        inTransaction(em -> {
            ToolboxReport report = reports(em).find(id).orElseThrow();
            report.submit(definitions(em).findByCode("SURVEY_OF_PRACTICE").orElseThrow().current(), "author", NOW);
            return null;
        });
        assertThat(listed(em -> reports(em).awaitingReview("UNMISS"))).extracting(ToolboxReport::getId).containsExactly(id);

        EntityManager first = factory.createEntityManager();
        EntityManager second = factory.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            ToolboxReport a = first.find(ToolboxReport.class, id);
            ToolboxReport b = second.find(ToolboxReport.class, id);
            a.publish("bpo-1", UNMISS, Classification.INTERNAL, NOW);
            b.returnToAuthor("bpo-2", UNMISS, "More detail, please.", NOW);
            first.getTransaction().commit();

            assertThatThrownBy(() -> second.getTransaction().commit()).isInstanceOf(RollbackException.class)
                    .hasCauseInstanceOf(jakarta.persistence.OptimisticLockException.class);
        } finally {
            first.close();
            second.close();
        }
        ToolboxReport kept = inTransaction(em -> reports(em).find(id).orElseThrow());
        assertThat(kept.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(kept.steps()).hasSize(3);
    }

    @Test
    void aRevisedTypeGetsANewVersionAndTheReportKeepsItsOwn() {
        long id = storedSurvey();

        int newNumber = inTransaction(em -> {
            ReportDefinition survey = definitions(em).findByCode("SURVEY_OF_PRACTICE").orElseThrow();
            List<FieldDefinition> fields = new ArrayList<>(survey.current().allFields());
            fields.add(FieldDefinition.field("theme", FieldKind.TEXT, true, false, "Theme", "Thème", 80));
            return survey.revise(fields, "admin", NOW).number();
        });

        ReportDefinition reloaded = inTransaction(em -> definitions(em).findByCode("SURVEY_OF_PRACTICE").orElseThrow());
        ToolboxReport report = inTransaction(em -> reports(em).find(id).orElseThrow());
        assertThat(newNumber).isEqualTo(3);
        assertThat(reloaded.versions()).extracting(DefinitionVersion::number).containsExactly(1, 2, 3);
        assertThat(reloaded.version(2).orElseThrow().field("theme")).isEmpty();
        assertThat(report.definitionVersion()).isEqualTo(2);
        assertThat(reloaded.version(report.definitionVersion()).orElseThrow()
                .check(report.values(), org.peaceops.intranet.toolbox.domain.definition.Completeness.SUBMISSION)).isEmpty();
    }

    @Test
    void recommendationsAreTrackedOverdueAndTracedToGuidance() {
        long id = storedSurvey();
        long recId = inTransaction(em -> {
            ToolboxReport report = reports(em).find(id).orElseThrow();
            Recommendation late = Recommendation.propose(report, "Publish a common interview guide.", "Field Personnel Division",
                    Priority.HIGH, LocalDate.of(2026, 12, 31), "author", NOW);
            Recommendation later = Recommendation.propose(report, "Share rosters across missions.", "Field Personnel Division",
                    Priority.LOW, LocalDate.of(2027, 6, 30), "author", NOW);
            recommendations(em).store(later);
            return recommendations(em).store(late).getId();
        });
        assertThat(listed(em -> recommendations(em).overdue(LocalDate.of(2027, 1, 15))))
                .as("a draft's recommendations are not tracked yet").isEmpty();

        inTransaction(em -> {
            ToolboxReport report = reports(em).find(id).orElseThrow();
            DefinitionVersion version = definitions(em).findByCode("SURVEY_OF_PRACTICE").orElseThrow().current();
            report.submit(version, "author", NOW);
            report.publish("bpo", UNMISS, Classification.PUBLIC, NOW);
            recommendations(em).find(recId).orElseThrow().linkTo(report, GuidanceLink.draftingRequest(42, 1),
                    Decider.administrator(new MissionCode("HQ"), "policy"), NOW);
            return null;
        });

        assertThat(listed(em -> recommendations(em).overdue(LocalDate.of(2027, 1, 15))))
                .extracting(Recommendation::getId).containsExactly(recId);
        assertThat(listed(em -> recommendations(em).overdue(LocalDate.of(2027, 7, 15)))).hasSize(2);
        List<Recommendation> behind = inTransaction(em -> recommendations(em).behindGuidance(42));
        assertThat(behind).singleElement().satisfies(r -> {
            assertThat(r.guidance()).contains(GuidanceLink.draftingRequest(42, 1));
            assertThat(r.decidedBy()).contains("policy");
        });
        assertThat(listed(em -> recommendations(em).ofReport(id))).hasSize(2)
                .filteredOn(r -> r.getId() != recId).singleElement().satisfies(r -> assertThat(r.guidance()).isEmpty());
    }
}
