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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
}
