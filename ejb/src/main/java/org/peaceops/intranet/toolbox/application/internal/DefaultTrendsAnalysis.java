package org.peaceops.intranet.toolbox.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peaceops.intranet.documents.application.search.GuidanceSearch;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.toolbox.application.trends.Count;
import org.peaceops.intranet.toolbox.application.trends.ReportFact;
import org.peaceops.intranet.toolbox.application.trends.TrendFigures;
import org.peaceops.intranet.toolbox.application.trends.TrendQuery;
import org.peaceops.intranet.toolbox.application.trends.TrendReport;
import org.peaceops.intranet.toolbox.application.trends.TrendsAnalysis;
import org.peaceops.intranet.toolbox.domain.ToolboxAccessDenied;
import org.peaceops.intranet.toolbox.domain.report.PublishedReports;
import org.peaceops.intranet.toolbox.domain.report.ToolboxReport;

/**
 * Reads the reports published in the period, keeps those the caller may open (the one reading rule,
 * {@link ReportReaders#mayRead}), counts them, and asks the search index for the words those reports
 * use most. Reading only: nothing is audited.
 */
@Stateless
public class DefaultTrendsAnalysis implements TrendsAnalysis {

    /** Enough words to see what reports are about, few enough to read at a glance. */
    static final int FREQUENT_TERMS = 25;

    private static final Set<Role> ANALYSTS = Set.of(Role.BPO, Role.APPROVER, Role.ADMIN);

    @Inject
    PublishedReports published;

    @Inject
    AccessControl access;

    @Inject
    GuidanceSearch search;

    @Override
    public TrendReport trends(Caller caller, TrendQuery query) {
        if (!caller.isPerson() || ANALYSTS.stream().noneMatch(caller::hasRole)) {
            throw new ToolboxAccessDenied("toolbox.trends.denied",
                    "Trends are for Best Practices Officers, approvers and administrators");
        }
        ReportReaders readers = new ReportReaders(access);
        List<ReportFact> facts = published.publishedBetween(
                        query.from().atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        query.to().plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)).stream()
                .filter(r -> readers.mayRead(caller, r)).map(DefaultTrendsAnalysis::fact).toList();
        Set<Long> ids = facts.stream().filter(f -> TrendFigures.within(query, f)).map(ReportFact::reportId)
                .collect(Collectors.toSet());
        List<Count> terms = search.frequentReportTerms(caller, ids, FREQUENT_TERMS).stream()
                .map(v -> new Count(v.getValue(), v.getCount())).toList();
        return TrendFigures.of(query, facts, terms);
    }

    static ReportFact fact(ToolboxReport r) {
        return new ReportFact(r.getId(), r.typeCode(), r.mission().getValue(),
                YearMonth.from(r.publishedAt().orElseThrow().atZone(ZoneOffset.UTC)), r.themes());
    }
}
