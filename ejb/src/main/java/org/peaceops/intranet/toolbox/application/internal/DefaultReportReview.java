package org.peaceops.intranet.toolbox.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.peaceops.intranet.documents.application.search.ReportIndexing;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.shared.audit.AuditAction;
import org.peaceops.intranet.shared.audit.AuditTrail;
import org.peaceops.intranet.toolbox.application.ReportNotFoundException;
import org.peaceops.intranet.toolbox.application.ReportReview;
import org.peaceops.intranet.toolbox.application.ReviewItem;
import org.peaceops.intranet.toolbox.domain.ToolboxAccessDenied;
import org.peaceops.intranet.toolbox.domain.definition.ReportAudience;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReportRepository;

/**
 * A stateless EJB, like the drafting service (the persistence unit is this module's). Two officers
 * acting on one report at once: the report's row version makes the second commit fail, which the pages
 * report as a concurrent change.
 */
@Stateless
public class DefaultReportReview implements ReportReview {

    @Inject
    ToolboxReportRepository reports;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    ReportIndexing indexing;

    Clock clock = Clock.systemUTC();

    @Override
    public List<ReviewItem> queue(Caller caller) {
        requireOfficer(caller);
        return reports.awaitingReview(caller.mission()).stream()
                .map(r -> new ReviewItem(r.getId(), r.typeCode(), r.title(), r.author(), r.updatedAt(),
                        r.audience() == ReportAudience.SUCCESSOR_AND_MISSION))
                .toList();
    }

    @Override
    public void publish(Caller caller, long reportId, Classification classification) {
        ToolboxReport report = reviewable(caller, reportId);
        report.publish(caller.subject(), new MissionCode(caller.mission()), classification, clock.instant());
        audit.record(caller.subject(), AuditAction.TOOLBOX_REPORT_PUBLISHED, "toolbox-report", String.valueOf(reportId),
                report.typeCode() + " as " + classification);
        // Published, the report is found like guidance: into the search index when this commits.
        indexing.reportChanged(reportId);
    }

    @Override
    public void returnToAuthor(Caller caller, long reportId, String reason) {
        ToolboxReport report = reviewable(caller, reportId);
        report.returnToAuthor(caller.subject(), new MissionCode(caller.mission()), reason, clock.instant());
        audit.record(caller.subject(), AuditAction.TOOLBOX_REPORT_RETURNED, "toolbox-report", String.valueOf(reportId),
                report.returnReason().orElse(""));
    }

    /** An officer reviews in their own mission; a process has none, and reviews nothing. */
    private void requireOfficer(Caller caller) {
        if (!caller.isPerson()) {
            throw new ToolboxAccessDenied("toolbox.review.denied", "Reports are reviewed by a Best Practices Officer");
        }
        access.require(caller, Action.REVIEW_REPORTS, caller.mission());
    }

    /** A report of the officer's own mission; another mission's is not found, whoever asks. */
    private ToolboxReport reviewable(Caller caller, long reportId) {
        requireOfficer(caller);
        return reports.find(reportId).filter(r -> r.mission().getValue().equals(caller.mission()))
                .orElseThrow(() -> new ReportNotFoundException(reportId));
    }
}
