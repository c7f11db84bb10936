package org.peaceops.intranet.toolbox.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.toolbox.application.Filing;
import org.peaceops.intranet.toolbox.application.ReportForm;
import org.peaceops.intranet.toolbox.application.ReportTypeSummary;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.toolbox.application.ReportNotFoundException;
import org.peaceops.intranet.toolbox.application.ReportTypeNotFoundException;
import org.peaceops.intranet.toolbox.domain.ToolboxAccessDenied;
import org.peaceops.intranet.toolbox.domain.definition.Completeness;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinition;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinitionRepository;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;
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
    AuditTrail audit;

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
    public Filing file(Caller caller, String typeCode, String title, ReportValues values) {
        ReportDefinition type = writable(caller, typeCode);
        DefinitionVersion version = type.current();
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > ToolboxReport.MAX_TITLE) {
            // The title is the report's, not a field of its type, but the form shows it beside the rest.
            problems.add(new FieldProblem(Filing.TITLE, 0, "", "toolbox.form.title", List.of(ToolboxReport.MAX_TITLE)));
        }
        problems.addAll(version.check(values, Completeness.SUBMISSION));
        if (!problems.isEmpty()) {
            return Filing.refused(problems);
        }
        ToolboxReport report = ToolboxReport.draft(version, new MissionCode(caller.mission()), title,
                caller.subject(), clock.instant());
        report.edit(version, title, values, caller.subject(), clock.instant());
        report.submit(version, caller.subject(), clock.instant());
        long id = reports.store(report).getId();
        audit.record(caller.subject(), AuditAction.TOOLBOX_REPORT_SUBMITTED, "toolbox-report", String.valueOf(id),
                type.code() + " v" + version.number() + " in " + caller.mission());
        return Filing.filed(id);
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
