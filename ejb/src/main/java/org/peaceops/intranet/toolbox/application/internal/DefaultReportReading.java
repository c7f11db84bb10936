package org.peaceops.intranet.toolbox.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.application.RecommendationItem;
import org.peaceops.intranet.toolbox.application.ReportNotFoundException;
import org.peaceops.intranet.toolbox.application.ReportReading;
import org.peaceops.intranet.toolbox.application.ReportView;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinition;
import org.peaceops.intranet.toolbox.domain.definition.ReportDefinitionRepository;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationRepository;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/** A stateless EJB like the other Toolbox services; reading changes nothing, so nothing is audited. */
@Stateless
public class DefaultReportReading implements ReportReading {

    @Inject
    ToolboxReportRepository reports;

    @Inject
    ReportDefinitionRepository definitions;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    AccessControl access;

    Clock clock = Clock.systemUTC();

    @Override
    public ReportView open(Caller caller, long reportId) {
        ToolboxReport report = reports.find(reportId).filter(r -> mayRead(caller, r))
                .orElseThrow(() -> new ReportNotFoundException(reportId));
        ReportDefinition type = definitions.find(report.definitionId()).orElseThrow(() -> new IllegalStateException(
                "Report " + reportId + " points at definition " + report.definitionId() + ", which is missing"));
        DefinitionVersion version = type.version(report.definitionVersion()).orElseThrow(() -> new IllegalStateException(
                "Report " + reportId + " points at version " + report.definitionVersion() + " of " + type.code()));
        List<ReportView.Shown> fields = version.fields().stream()
                .map(f -> new ReportView.Shown(f, report.values().get(f.key()), version.columnsOf(f.key()))).toList();
        LocalDate today = LocalDate.now(clock);
        List<RecommendationItem> recs = recommendations.ofReport(reportId).stream()
                .map(r -> RecommendationItem.of(r, today)).toList();
        return new ReportView(reportId, report.typeCode(), type.name(), version.number(), report.title(),
                report.mission().getValue(), report.author(), report.status(), report.classification(),
                report.publishedAt(), report.returnReason(), fields, recs);
    }

    /** Whether the caller may open the report: {@link ReportReaders#mayRead}. */
    boolean mayRead(Caller caller, ToolboxReport report) {
        return new ReportReaders(access).mayRead(caller, report);
    }
}
