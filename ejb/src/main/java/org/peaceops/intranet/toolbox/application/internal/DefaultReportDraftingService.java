package org.peaceops.intranet.toolbox.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.ThemeSummary;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.toolbox.application.Filing;
import org.peaceops.intranet.toolbox.application.MyReport;
import org.peaceops.intranet.toolbox.application.RecommendationProposal;
import org.peaceops.intranet.toolbox.application.Revision;
import org.peaceops.intranet.toolbox.application.ReportForm;
import org.peaceops.intranet.toolbox.application.ReportTypeSummary;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.toolbox.application.ReportNotFoundException;
import org.peaceops.intranet.toolbox.application.ReportTypeNotFoundException;
import org.peaceops.intranet.toolbox.domain.ToolboxAccessDenied;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;
import org.peaceops.intranet.toolbox.domain.definition.Completeness;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinition;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinitionRepository;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationRepository;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/**
 * A stateless EJB like the other contexts' services: called from the web module, it runs in this
 * module, where the {@code toolbox} persistence unit is. Refusals are application exceptions with
 * rollback (ejb-jar.xml), so they reach the caller as thrown.
 */
@Stateless
public class DefaultReportDraftingService implements ReportDraftingService {

    private static final Logger LOG = Logger.getLogger(DefaultReportDraftingService.class.getName());

    @Inject
    ReportDefinitionRepository definitions;

    @Inject
    ToolboxReportRepository reports;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    AuditTrail audit;

    /** The taxonomy of thematic areas a THEMES field chooses from: the guidance library's own. */
    @Inject
    GuidanceQueries guidance;

    Clock clock = Clock.systemUTC();

    @Override
    public long startDraft(Caller caller, String typeCode, String title) {
        ReportDefinition type = writable(caller, typeCode);
        ToolboxReport draft = ToolboxReport.draft(type.current(), new MissionCode(caller.mission()), title,
                caller.subject(), clock.instant());
        long id = reports.store(draft).getId();
        LOG.fine(() -> caller.subject() + " started " + type.code() + " report " + id);
        return id;
    }

    @Override
    public void saveDraft(Caller caller, long reportId, String title, ReportValues values) {
        ToolboxReport report = own(caller, reportId);
        report.edit(versionOf(report), title, values, caller.subject(), clock.instant());
    }

    @Override
    public List<FieldProblem> problemsBeforeSubmission(Caller caller, long reportId) {
        ToolboxReport report = own(caller, reportId);
        return versionOf(report).check(report.values(), Completeness.SUBMISSION);
    }

    @Override
    public void submit(Caller caller, long reportId) {
        ToolboxReport report = own(caller, reportId);
        report.submit(versionOf(report), caller.subject(), clock.instant());
        audit.record(caller.subject(), AuditAction.TOOLBOX_REPORT_SUBMITTED, "toolbox-report", String.valueOf(reportId),
                report.typeCode() + " v" + report.definitionVersion() + " in " + report.mission());
        LOG.fine(() -> caller.subject() + " submitted report " + reportId);
    }

    @Override
    public List<ReportTypeSummary> reportTypes() {
        return definitions.active().stream()
                .map(d -> new ReportTypeSummary(d.code(), d.name(), d.current().number())).toList();
    }

    @Override
    public Optional<ReportForm> form(String typeCode) {
        return definitions.findByCode(typeCode == null ? "" : typeCode).filter(ReportDefinition::isActive)
                .map(d -> ReportForm.of(d.code(), d.name(), d.current()));
    }

    @Override
    public Filing file(Caller caller, String typeCode, String title, ReportValues values,
            List<RecommendationProposal> proposals) {
        ReportDefinition type = writable(caller, typeCode);
        DefinitionVersion version = type.current();
        List<FieldProblem> problems = problemsBeforeFiling(version, title, values, proposals);
        if (!problems.isEmpty()) {
            return Filing.refused(problems);
        }
        ToolboxReport report = ToolboxReport.draft(version, new MissionCode(caller.mission()), title,
                caller.subject(), clock.instant());
        report.edit(version, title, values, caller.subject(), clock.instant());
        long id = reports.store(report).getId();
        int proposed = propose(caller, report, proposals);
        report.submit(version, caller.subject(), clock.instant());
        audit.record(caller.subject(), AuditAction.TOOLBOX_REPORT_SUBMITTED, "toolbox-report", String.valueOf(id),
                type.code() + " v" + version.number() + " in " + caller.mission() + ", " + proposed
                        + " recommendation(s)");
        return Filing.filed(id);
    }

    @Override
    public List<MyReport> mine(Caller caller) {
        Map<Long, ReportDefinition> types = new HashMap<>();
        return reports.byAuthor(caller.subject()).stream().map(r -> new MyReport(r.getId(), r.typeCode(),
                types.computeIfAbsent(r.definitionId(), id -> definitions.find(id).orElseThrow()).name(), r.title(),
                r.status(), r.updatedAt(), r.returnReason())).toList();
    }

    @Override
    public Revision revision(Caller caller, long reportId) {
        ToolboxReport report = own(caller, reportId);
        if (!report.status().isEditable()) {
            throw new ToolboxRuleException("toolbox.report.notEditable", "Report " + reportId + " is "
                    + report.status(), report.status().name());
        }
        DefinitionVersion version = versionOf(report);
        List<RecommendationProposal> recs = recommendations.ofReport(reportId).stream()
                .map(r -> new RecommendationProposal(r.text(), r.office(), r.priority(), r.dueDate().orElse(null)))
                .toList();
        return new Revision(reportId, ReportForm.of(report.typeCode(), version.definition().name(), version),
                report.title(), report.values(), recs, report.returnReason());
    }

    @Override
    public Filing resubmit(Caller caller, long reportId, String title, ReportValues values,
            List<RecommendationProposal> proposals) {
        ToolboxReport report = own(caller, reportId);
        DefinitionVersion version = versionOf(report);
        List<FieldProblem> problems = problemsBeforeFiling(version, title, values, proposals);
        if (!problems.isEmpty()) {
            return Filing.refused(problems);
        }
        boolean returned = report.status() == ReportStatus.RETURNED;
        report.edit(version, title, values, caller.subject(), clock.instant());
        for (Recommendation earlier : recommendations.ofReport(reportId)) {
            earlier.withdraw(report, caller.subject());
            recommendations.remove(earlier);
        }
        int proposed = propose(caller, report, proposals);
        report.submit(version, caller.subject(), clock.instant());
        audit.record(caller.subject(), AuditAction.TOOLBOX_REPORT_SUBMITTED, "toolbox-report", String.valueOf(reportId),
                (returned ? "revised after return and resubmitted, " : "") + report.typeCode() + " v"
                        + report.definitionVersion() + " in " + report.mission() + ", " + proposed + " recommendation(s)");
        return Filing.filed(reportId);
    }

    /** Every problem that stops a report from being filed: its title, its fields, its recommendations. */
    private List<FieldProblem> problemsBeforeFiling(DefinitionVersion version, String title, ReportValues values,
            List<RecommendationProposal> proposals) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > ToolboxReport.MAX_TITLE) {
            // The title is the report's, not a field of its type, but the form shows it beside the rest.
            problems.add(new FieldProblem(Filing.TITLE, 0, "", "toolbox.form.title", List.of(ToolboxReport.MAX_TITLE)));
        }
        problems.addAll(version.check(values, Completeness.SUBMISSION));
        problems.addAll(unknownThemes(values));
        for (int i = 0; i < proposals.size(); i++) {
            RecommendationProposal p = proposals.get(i);
            if (!p.isBlank()) {
                problems.addAll(Recommendation.problemsOf(i + 1, p.text(), p.office()));
            }
        }
        return problems;
    }

    /**
     * A theme code the taxonomy does not hold (or no longer offers) is refused: trends by theme would
     * otherwise count under a name nobody can choose. The taxonomy is read only when a report names themes.
     */
    private List<FieldProblem> unknownThemes(ReportValues values) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = null;
        for (String key : values.keys()) {
            if (values.get(key).orElse(null) instanceof FieldValue.Themes themes) {
                if (known == null) {
                    known = guidance.thematicAreas(Locale.ENGLISH).stream().map(ThemeSummary::getCode)
                            .collect(Collectors.toSet());
                }
                for (String code : themes.codes()) {
                    if (!known.contains(code)) {
                        problems.add(new FieldProblem(key, 0, "", "toolbox.field.unknownTheme", List.of(code)));
                    }
                }
            }
        }
        return problems;
    }

    /** Proposed while the report is still the author's draft: submitting closes them to changes. */
    private int propose(Caller caller, ToolboxReport report, List<RecommendationProposal> proposals) {
        int proposed = 0;
        for (RecommendationProposal p : proposals) {
            if (!p.isBlank()) {
                recommendations.store(Recommendation.propose(report, p.text(), p.office(),
                        p.priority() == null ? Priority.MEDIUM : p.priority(), p.dueDate(), caller.subject(),
                        clock.instant()));
                proposed++;
            }
        }
        return proposed;
    }

    /** A type the caller may write a report of: reports are written by contributors (deny by default). */
    private ReportDefinition writable(Caller caller, String typeCode) {
        if (!caller.isPerson() || !caller.hasRole(Role.CONTRIBUTOR)) {
            throw new ToolboxAccessDenied("toolbox.report.contributorsOnly", "Toolbox reports are written by contributors");
        }
        return definitions.findByCode(typeCode).orElseThrow(() -> new ReportTypeNotFoundException(typeCode));
    }

    /** The caller's own report: anyone else's, at this stage, is not theirs to see. */
    private ToolboxReport own(Caller caller, long reportId) {
        return reports.find(reportId).filter(r -> r.author().equals(caller.subject()))
                .orElseThrow(() -> new ReportNotFoundException(reportId));
    }

    private DefinitionVersion versionOf(ToolboxReport report) {
        return definitions.find(report.definitionId()).flatMap(d -> d.version(report.definitionVersion()))
                .orElseThrow(() -> new IllegalStateException("Report " + report.getId() + " points at version "
                        + report.definitionVersion() + " of definition " + report.definitionId() + ", which is missing"));
    }
}
