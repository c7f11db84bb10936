package org.peaceops.intranet.toolbox.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.ThemeSummary;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.toolbox.application.RecommendationProposal;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationRepository;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditRecord;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.NotFound;
import org.peaceops.intranet.toolbox.application.Filing;
import org.peaceops.intranet.toolbox.application.ReportForm;
import org.peaceops.intranet.toolbox.application.ReportNotFoundException;
import org.peaceops.intranet.toolbox.application.ReportTypeSummary;
import org.peaceops.intranet.toolbox.domain.ToolboxFixture;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinition;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinitionRepository;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;
import org.peaceops.intranet.toolbox.domain.report.InvalidReportException;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/** Writing a report through the service, with the kernel's caller, on in-memory repositories. */
class DefaultReportDraftingServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final Caller CONTRIBUTOR = new Caller("c-sub", "contributor", "Chris Contributor",
            EnumSet.of(Role.CONTRIBUTOR), "UNMISS", PersonnelCategory.CIVILIAN);
    private static final Caller OTHER = new Caller("o-sub", "other", "Olga Other",
            EnumSet.of(Role.CONTRIBUTOR), "UNMISS", PersonnelCategory.CIVILIAN);
    private static final Caller READER = new Caller("r-sub", "reader", "Rita Reader",
            EnumSet.of(Role.READER), "UNMISS", PersonnelCategory.POLICE);

    private final Map<Long, ToolboxReport> stored = new HashMap<>();
    private final List<String> audited = new ArrayList<>();
    private final ReportDefinition aar = ToolboxFixture.aar();
    private DefaultReportDraftingService service;

    @BeforeEach
    void service() {
        service = new DefaultReportDraftingService();
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.audit = new AuditTrail() {
            @Override
            public void record(AuditRecord line) {
                audited.add(line.action() + " " + line.targetId());
            }

            @Override
            public void record(String actor, AuditAction action, String targetType, String targetId, String detail) {
                audited.add(actor + " " + action + " " + targetType + " " + targetId);
            }
        };
        service.definitions = new ReportDefinitionRepository() {
            @Override
            public Optional<ReportDefinition> find(long id) {
                return id == aar.getId() ? Optional.of(aar) : Optional.empty();
            }

            @Override
            public Optional<ReportDefinition> findByCode(String code) {
                return aar.code().equals(code) ? Optional.of(aar) : Optional.empty();
            }

            @Override
            public List<ReportDefinition> all() {
                return List.of(aar);
            }

            @Override
            public List<ReportDefinition> active() {
                return List.of(aar);
            }

            @Override
            public ReportDefinition store(ReportDefinition definition) {
                return definition;
            }
        };
        service.reports = new ToolboxReportRepository() {
            @Override
            public Optional<ToolboxReport> find(long id) {
                return Optional.ofNullable(stored.get(id));
            }

            @Override
            public List<ToolboxReport> byAuthor(String authorSubject) {
                return new ArrayList<>(stored.values());
            }

            @Override
            public List<ToolboxReport> awaitingReview(String missionCode) {
                return List.of();
            }

            @Override
            public java.util.Set<String> referencedBlobHashes() {
                return java.util.Set.of();
            }

            @Override
            public ToolboxReport store(ToolboxReport report) {
                long id = stored.size() + 1L;
                stored.put(id, ToolboxFixture.stored(report, id));
                return report;
            }
        };
    }

    @Test
    void aContributorStartsADraftInTheirMissionWithTheCurrentVersion() {
        long id = service.startDraft(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Bor");

        ToolboxReport draft = stored.get(id);
        assertThat(draft.author()).isEqualTo("c-sub");
        assertThat(draft.mission().getValue()).isEqualTo("UNMISS");
        assertThat(draft.definitionVersion()).isEqualTo(aar.current().number());
        assertThat(draft.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aReaderOrAProcessDoesNotWriteReportsAndAnUnknownTypeIsSaidSo() {
        assertThatThrownBy(() -> service.startDraft(READER, "AFTER_ACTION_REVIEW", "t"))
                .isInstanceOf(AccessDenied.class).extracting("key").isEqualTo("toolbox.report.contributorsOnly");
        assertThatThrownBy(() -> service.startDraft(Caller.system(), "AFTER_ACTION_REVIEW", "t"))
                .extracting("key").isEqualTo("toolbox.report.contributorsOnly");
        assertThatThrownBy(() -> service.startDraft(CONTRIBUTOR, "MEMO", "t"))
                .isInstanceOf(NotFound.class).extracting("key").isEqualTo("toolbox.definition.notFound");
    }

    @Test
    void savingChecksTheValuesAndSubmittingNeedsWhatIsMissing() {
        long id = service.startDraft(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Bor");
        ReportValues partial = ReportValues.of(Map.of("event", new FieldValue.Text("Convoy")));

        service.saveDraft(CONTRIBUTOR, id, "Convoy to Bor", partial);

        assertThat(service.problemsBeforeSubmission(CONTRIBUTOR, id)).extracting(FieldProblem::fieldKey)
                .containsExactly("date", "mission", "whatHappened");
        assertThatThrownBy(() -> service.submit(CONTRIBUTOR, id)).isInstanceOf(InvalidReportException.class);
        assertThatThrownBy(() -> service.saveDraft(CONTRIBUTOR, id, "Convoy",
                partial.with("event", new FieldValue.Text("x".repeat(501))))).isInstanceOf(InvalidReportException.class);
        assertThat(stored.get(id).values()).isEqualTo(partial);

        service.saveDraft(CONTRIBUTOR, id, "Convoy to Bor", ToolboxFixture.aarValues());
        assertThat(service.problemsBeforeSubmission(CONTRIBUTOR, id)).isEmpty();
        service.submit(CONTRIBUTOR, id);
        assertThat(stored.get(id).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(audited).containsExactly("c-sub TOOLBOX_REPORT_SUBMITTED toolbox-report " + id);
    }

    @Test
    void filingInOneStepGivesEveryProblemAndStoresNothingUntilTheValuesFit() {
        ReportValues partial = ReportValues.of(Map.of("event", new FieldValue.Text("Convoy")));

        Filing refused = service.file(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Bor", partial);

        assertThat(refused.isFiled()).isFalse();
        assertThat(refused.problems()).extracting(FieldProblem::fieldKey).containsExactly("date", "mission", "whatHappened");
        assertThat(stored).isEmpty();
        assertThat(audited).isEmpty();

        Filing filed = service.file(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Bor", ToolboxFixture.aarValues());

        ToolboxReport report = stored.get(filed.reportId().orElseThrow());
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.mission().getValue()).isEqualTo("UNMISS");
        assertThat(report.values()).isEqualTo(ToolboxFixture.aarValues());
        assertThat(audited).containsExactly("c-sub TOOLBOX_REPORT_SUBMITTED toolbox-report " + report.getId());
        assertThatThrownBy(() -> service.file(READER, "AFTER_ACTION_REVIEW", "t", ToolboxFixture.aarValues()))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aThemeOutsideTheTaxonomyIsRefusedAndTheThemesGivenAreTheReports() {
        List<FieldDefinition> fields = new ArrayList<>(ToolboxFixture.aarFields());
        fields.add(FieldDefinition.field("themes", FieldKind.THEMES, false, true, "Themes", "Thèmes", null));
        aar.revise(fields, "admin", NOW);
        service.guidance = new GuidanceQueries() {
            @Override
            public List<ThemeSummary> thematicAreas(Locale locale) {
                return List.of(new ThemeSummary("GENDER", "Gender"), new ThemeSummary("PLANNING", "Planning"));
            }
        };

        Filing refused = service.file(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Bor", ToolboxFixture.aarValues()
                .with("themes", new FieldValue.Themes(List.of("GENDER", "SPACE_TRAVEL"))));
        assertThat(refused.isFiled()).isFalse();
        assertThat(refused.problems()).containsExactly(new FieldProblem("themes", 0, "", "toolbox.field.unknownTheme",
                List.of("SPACE_TRAVEL")));
        assertThat(stored).isEmpty();

        Filing filed = service.file(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Bor", ToolboxFixture.aarValues()
                .with("themes", new FieldValue.Themes(List.of("PLANNING", "GENDER"))));
        ToolboxReport report = stored.get(filed.reportId().orElseThrow());
        assertThat(report.definitionVersion()).isEqualTo(2);
        assertThat(report.themes()).containsExactly("PLANNING", "GENDER");
        // without a themes value the taxonomy is not needed, and the field is optional
        service.guidance = null;
        assertThat(service.file(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Juba", ToolboxFixture.aarValues())
                .isFiled()).isTrue();
    }

    @Test
    void theFormListsTheActiveTypesAndGivesTheCurrentVersionsFields() {
        assertThat(service.reportTypes()).extracting(ReportTypeSummary::code).containsExactly("AFTER_ACTION_REVIEW");
        ReportForm form = service.form("AFTER_ACTION_REVIEW").orElseThrow();
        assertThat(form.version()).isEqualTo(aar.current().number());
        assertThat(form.fields()).extracting(f -> f.key())
                .containsExactly("event", "date", "mission", "participants", "whatHappened");
        assertThat(form.name().in(java.util.Locale.FRENCH)).isEqualTo("Examen après action");
        assertThat(service.form("MEMO")).isEmpty();
        assertThat(service.form(null)).isEmpty();
    }

    @Test
    void someoneElsesDraftIsNotFound() {
        long id = service.startDraft(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Bor");

        assertThatThrownBy(() -> service.saveDraft(OTHER, id, "Mine now", ReportValues.none()))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> service.problemsBeforeSubmission(OTHER, id)).isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> service.submit(OTHER, 999)).isInstanceOf(ReportNotFoundException.class);
    }

    /** An in-memory recommendation repository for the filing tests. */
    private final List<Recommendation> proposed = new ArrayList<>();

    private void withRecommendations() {
        service.recommendations = new RecommendationRepository() {
            @Override
            public Optional<Recommendation> find(long id) {
                return proposed.stream().filter(r -> r.getId() == id).findFirst();
            }

            @Override
            public List<Recommendation> ofReport(long reportId) {
                return proposed.stream().filter(r -> r.reportId() == reportId).toList();
            }

            @Override
            public List<Recommendation> overdue(java.time.LocalDate today) {
                return List.of();
            }

            @Override
            public List<Recommendation> behindGuidance(long guidanceDocumentId) {
                return List.of();
            }

            @Override
            public Recommendation store(Recommendation recommendation) {
                proposed.add(ToolboxFixture.stored(recommendation, proposed.size() + 100L));
                return recommendation;
            }

            @Override
            public List<org.peaceops.intranet.toolbox.domain.recommendation.TrackedRecommendation> board(
                    org.peaceops.intranet.toolbox.domain.recommendation.BoardCriteria criteria,
                    org.peaceops.intranet.toolbox.domain.recommendation.BoardReader reader,
                    org.peaceops.intranet.toolbox.domain.recommendation.BoardSort sort, boolean ascending, int first,
                    int max) {
                return List.of();
            }

            @Override
            public long count(org.peaceops.intranet.toolbox.domain.recommendation.BoardCriteria criteria,
                    org.peaceops.intranet.toolbox.domain.recommendation.BoardReader reader) {
                return 0;
            }

            @Override
            public void remove(Recommendation recommendation) {
                proposed.remove(recommendation);
            }
        };
    }

    @Test
    void filingWithRecommendationsSkipsBlankRowsAndRefusesAnIncompleteOneBesideIt() {
        withRecommendations();
        List<RecommendationProposal> incomplete = List.of(
                new RecommendationProposal("Agree departure times the day before.", "", Priority.HIGH, null),
                new RecommendationProposal(" ", "", null, null));

        Filing refused = service.file(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Bor", ToolboxFixture.aarValues(),
                incomplete);

        assertThat(refused.isFiled()).isFalse();
        assertThat(refused.problems()).extracting(p -> p.fieldKey() + " " + p.row() + " " + p.column())
                .containsExactly(Recommendation.PROPOSALS + " 1 office");
        assertThat(stored).isEmpty();
        assertThat(proposed).isEmpty();

        Filing filed = service.file(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Bor", ToolboxFixture.aarValues(),
                List.of(new RecommendationProposal("Agree departure times the day before.", "Movement Control",
                        Priority.HIGH, java.time.LocalDate.of(2027, 1, 31)),
                        new RecommendationProposal("", "", null, null),
                        new RecommendationProposal("Carry a satellite phone in each convoy.", "Communications", null, null)));

        assertThat(filed.isFiled()).isTrue();
        assertThat(proposed).extracting(Recommendation::office).containsExactly("Movement Control", "Communications");
        assertThat(proposed).extracting(Recommendation::priority).containsExactly(Priority.HIGH, Priority.MEDIUM);
        assertThat(proposed).allSatisfy(r -> assertThat(r.reportId()).isEqualTo(filed.reportId().orElseThrow()));
        assertThat(stored.get(filed.reportId().orElseThrow()).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aReturnedReportIsRevisedWithItsOwnVersionAndResubmittedWithItsNewRecommendations() {
        withRecommendations();
        long id = service.file(CONTRIBUTOR, "AFTER_ACTION_REVIEW", "Convoy to Bor", ToolboxFixture.aarValues(),
                List.of(new RecommendationProposal("Agree departure times.", "Movement Control", Priority.HIGH, null)))
                .reportId().orElseThrow();
        stored.get(id).returnToAuthor(ToolboxFixture.OFFICER, ToolboxFixture.UNMISS, "Say who was in the convoy.", NOW);
        audited.clear();

        assertThat(service.mine(CONTRIBUTOR)).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(ReportStatus.RETURNED);
            assertThat(mine.returnReason()).contains("Say who was in the convoy.");
            assertThat(mine.isEditable()).isTrue();
        });
        org.peaceops.intranet.toolbox.application.Revision revision = service.revision(CONTRIBUTOR, id);
        assertThat(revision.form().version()).isEqualTo(stored.get(id).definitionVersion());
        assertThat(revision.values()).isEqualTo(stored.get(id).values());
        assertThat(revision.recommendations()).extracting(RecommendationProposal::office).containsExactly("Movement Control");
        assertThat(revision.returnReason()).contains("Say who was in the convoy.");
        assertThatThrownBy(() -> service.revision(OTHER, id)).isInstanceOf(ReportNotFoundException.class);

        Filing refused = service.resubmit(CONTRIBUTOR, id, "", revision.values(), revision.recommendations());
        assertThat(refused.problems()).extracting(p -> p.fieldKey()).containsExactly(Filing.TITLE);
        assertThat(stored.get(id).status()).isEqualTo(ReportStatus.RETURNED);

        Filing filed = service.resubmit(CONTRIBUTOR, id, "Convoy to Bor, with the crew", revision.values(),
                List.of(new RecommendationProposal("Agree departure times the day before.", "Movement Control",
                        Priority.HIGH, null), new RecommendationProposal("Name a convoy commander.", "JOC", Priority.LOW, null)));

        assertThat(filed.isFiled()).isTrue();
        assertThat(stored.get(id).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(stored.get(id).title()).isEqualTo("Convoy to Bor, with the crew");
        assertThat(proposed).extracting(Recommendation::text)
                .containsExactly("Agree departure times the day before.", "Name a convoy commander.");
        assertThat(audited).singleElement().asString().contains("TOOLBOX_REPORT_SUBMITTED");
        assertThatThrownBy(() -> service.revision(CONTRIBUTOR, id)).isInstanceOf(RuleBroken.class);
    }
}
