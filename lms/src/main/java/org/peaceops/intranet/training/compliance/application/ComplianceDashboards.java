package org.peaceops.intranet.training.compliance.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.MissionScope;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.refusal.AccessDenied;
import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.training.application.TrainingAccess;
import org.peaceops.intranet.training.compliance.domain.ComplianceCriteria;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigures;
import org.peaceops.intranet.training.compliance.domain.ComplianceOrder;
import org.peaceops.intranet.training.compliance.domain.ComplianceRepository;
import org.peaceops.intranet.training.compliance.domain.ComplianceRow;
import org.peaceops.intranet.training.compliance.domain.Trend;

/**
 * The compliance dashboards of the missions a trainer manages. Every figure and every drill-down is
 * read through one {@link ComplianceCriteria} built here, with the caller's missions in it, so a mission
 * trainer never counts another mission and a figure always equals the length of its list.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ComplianceDashboards {

    /** The largest page anyone gets, whatever they ask for. */
    static final int MAX_PAGE = 500;

    /** The figures a dashboard counts (the trend and the gap report are read apart). */
    static final List<ComplianceFigure> COUNTED = List.of(ComplianceFigure.PEOPLE, ComplianceFigure.COMPLIANT,
            ComplianceFigure.NOT_COMPLIANT, ComplianceFigure.OVERDUE, ComplianceFigure.EXPIRING_30,
            ComplianceFigure.EXPIRING_60, ComplianceFigure.EXPIRING_90, ComplianceFigure.ARRIVED_WITHOUT_ATTESTATION);

    @Inject
    ComplianceRepository repository;

    @Inject
    TrainingAccess access;

    @Inject
    ComplianceExports exports;

    Clock clock = Clock.systemUTC();

    /** The dashboard's figures for the chosen mission and category (null: all the caller may see). */
    public ComplianceFigures figures(Caller user, String mission, String category) {
        ComplianceCriteria base = criteria(user, Drill.dashboard(mission, category));
        Map<ComplianceFigure, Long> counts = new EnumMap<>(ComplianceFigure.class);
        for (ComplianceFigure figure : COUNTED) {
            counts.put(figure, repository.count(base.of(figure)));
        }
        LocalDate today = base.today();
        var trend = Trend.of(today, repository.completionsPerMonth(base, Trend.firstMonth(today),
                java.time.YearMonth.from(today)));
        return new ComplianceFigures(counts, trend, repository.gapsByCountry(base));
    }

    /** One page of the people (or certificates, or records) behind a figure. */
    public CompliancePage page(Caller user, Drill drill, ComplianceOrder order, boolean ascending, int first, int max) {
        ComplianceCriteria criteria = criteria(user, drill);
        int from = Math.max(0, first);
        List<ComplianceRow> rows = repository.page(criteria, order, ascending, from, Math.min(Math.max(1, max), MAX_PAGE));
        return new CompliancePage(repository.count(criteria), from, rows);
    }

    /** How many rows a drill-down has: the figure itself. */
    public long count(Caller user, Drill drill) {
        return repository.count(criteria(user, drill));
    }

    /** Every row of a drill-down, in order, for an export that writes them as they come. */
    public void each(Caller user, Drill drill, ComplianceOrder order, boolean ascending, Consumer<ComplianceRow> row) {
        repository.each(criteria(user, drill), order, ascending, row);
    }

    /**
     * Writes a drill-down list as a file while it is read: one line per person (or certificate, or record),
     * under the given headers (name, mission, category, course, date, country), in the list's order.
     */
    public void export(Caller user, Drill drill, ComplianceOrder order, boolean ascending, ComplianceExports.Format format,
            List<String> headers, OutputStream out) throws IOException {
        ComplianceCriteria criteria = criteria(user, drill);
        exports.write(format, drill.figure().name(), headers, sink -> repository.each(criteria, order, ascending,
                row -> sink.accept(cells(row))), out);
    }

    /** Writes the dashboard itself (each figure, each month of the trend, each country of the gap) as a file. */
    public void exportFigures(Caller user, String mission, String category, ComplianceExports.Format format,
            List<String> headers, java.util.function.Function<String, String> label, OutputStream out)
            throws IOException {
        ComplianceFigures figures = figures(user, mission, category);
        exports.write(format, "compliance", headers, sink -> {
            for (ComplianceFigure figure : COUNTED) {
                sink.accept(List.of(label.apply(figure.name()), "", Long.toString(figures.count(figure))));
            }
            sink.accept(List.of(label.apply("PERCENT_COMPLIANT"), "", figures.percentCompliant().toPlainString()));
            figures.trend().forEach(p -> sink.accept(List.of(label.apply(ComplianceFigure.COMPLETED_IN_MONTH.name()),
                    p.month().toString(), Long.toString(p.count()))));
            figures.gaps().forEach(g -> sink.accept(List.of(label.apply("GAP_COUNTRY"), g.country(),
                    Long.toString(g.people()))));
        }, out);
    }

    private static List<String> cells(ComplianceRow row) {
        return java.util.Arrays.asList(row.name(), row.subject(), row.mission(), row.category(), row.course(),
                row.date() == null ? "" : row.date().toString(), row.country());
    }

    /** The missions the caller reads; refuses anyone who manages no training. */
    public MissionScope scope(Caller user) {
        MissionScope scope = access.managedMissions(user);
        if (scope.isNone()) {
            throw new AccessDenied("training.error.denied", "Compliance dashboards are for those who manage training");
        }
        return scope;
    }

    ComplianceCriteria criteria(Caller user, Drill drill) {
        MissionScope scope = scope(user);
        String mission = drill.mission() == null || drill.mission().isBlank() ? null
                : drill.mission().strip().toUpperCase(Locale.ROOT);
        if (mission != null && !scope.includes(mission)) {
            throw new AccessDenied("compliance.error.mission", "Mission {0} is not one whose training you manage",
                    mission);
        }
        String category = drill.category() == null || drill.category().isBlank() ? null
                : PersonnelCategory.fromCode(drill.category().strip()).map(PersonnelCategory::code)
                        .orElseThrow(() -> new RuleBroken("compliance.error.category", "Unknown personnel category {0}",
                                drill.category()));
        if (drill.figure() == ComplianceFigure.COMPLETED_IN_MONTH && drill.month() == null) {
            throw new RuleBroken("compliance.error.month", "A month of the trend must be chosen");
        }
        String country = drill.figure() == ComplianceFigure.ARRIVED_WITHOUT_ATTESTATION ? drill.country() : null;
        // what is overdue counts in each mission's own day at this instant; the rest in the reference day
        return new ComplianceCriteria(drill.figure(), scope.isEveryMission() ? List.of() : scope.missions(), mission,
                category, LocalDate.now(clock), drill.month(), country == null || country.isBlank() ? null : country,
                clock.instant());
    }
}
