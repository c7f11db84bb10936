package org.peaceops.intranet.toolbox.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.shared.Role;
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
 * CDI with JTA's {@code @Transactional} rather than an EJB: a domain refusal reaches the caller as it
 * was thrown (an EJB would wrap it as a system failure) and still rolls the transaction back.
 */
@ApplicationScoped
@Transactional
public class DefaultReportDraftingService implements ReportDraftingService {

    private static final Logger LOG = Logger.getLogger(DefaultReportDraftingService.class.getName());

    @Inject
    ReportDefinitionRepository definitions;

    @Inject
    ToolboxReportRepository reports;

    Clock clock = Clock.systemUTC();

    @Override
    public long startDraft(Caller caller, String typeCode, String title) {
        // Deny by default until the access policy covers the Toolbox: reports are written by contributors.
        if (!caller.isPerson() || !caller.hasRole(Role.CONTRIBUTOR)) {
            throw new ToolboxAccessDenied("toolbox.report.contributorsOnly", "Toolbox reports are written by contributors");
        }
        ReportDefinition type = definitions.findByCode(typeCode).orElseThrow(() -> new ReportTypeNotFoundException(typeCode));
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
        LOG.fine(() -> caller.subject() + " submitted report " + reportId);
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
