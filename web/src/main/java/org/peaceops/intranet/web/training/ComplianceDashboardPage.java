package org.peaceops.intranet.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.training.compliance.application.ComplianceDashboards;
import org.peaceops.intranet.training.compliance.application.Drill;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigure;
import org.peaceops.intranet.training.compliance.domain.ComplianceFigures;
import org.peaceops.intranet.training.compliance.domain.Trend;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.Messages;
import org.peaceops.intranet.web.shell.PageFeedback;
import org.primefaces.event.ItemSelectEvent;

/**
 * The compliance dashboard of the missions the trainer manages: figures, charts and the gap report for
 * the chosen mission and category; any figure opens the list of people behind it, exportable as CSV or XLSX.
 */
@Named
@ViewScoped
public class ComplianceDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The figures shown as cards, in order. */
    static final List<ComplianceFigure> CARDS = List.of(ComplianceFigure.PEOPLE, ComplianceFigure.COMPLIANT,
            ComplianceFigure.NOT_COMPLIANT, ComplianceFigure.OVERDUE, ComplianceFigure.EXPIRING_30,
            ComplianceFigure.EXPIRING_60, ComplianceFigure.EXPIRING_90, ComplianceFigure.ARRIVED_WITHOUT_ATTESTATION);

    @Inject
    ComplianceDashboards dashboards;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    Messages messages;

    private String mission;
    private String category;
    private ComplianceFigures figures;
    private Drill drill;
    private ComplianceTable table;

    @PostConstruct
    void init() {
        table = new ComplianceTable(dashboards, this::caller);
        refresh();
    }

    private Caller caller() {
        return user.caller().orElseThrow();
    }

    private void refresh() {
        figures = feedback.valueOr(() -> dashboards.figures(caller(), mission, category), null);
        drill = null;
        table.show(null);
    }

    public void applyFilter() {
        refresh();
    }

    /** Opens the list behind a figure card. */
    public void show(String figure) {
        open(new Drill(ComplianceFigure.valueOf(figure), mission, category, null, null));
    }

    /** Opens one month of the trend (from the table under the chart, or a click on the chart). */
    public void showMonth(String month) {
        open(new Drill(ComplianceFigure.COMPLETED_IN_MONTH, mission, category, YearMonth.parse(month), null));
    }

    public void showCountry(String country) {
        open(new Drill(ComplianceFigure.ARRIVED_WITHOUT_ATTESTATION, mission, category, null, country));
    }

    public void onTrendSelect(ItemSelectEvent event) {
        if (figures != null && event.getItemIndex() >= 0 && event.getItemIndex() < figures.trend().size()) {
            showMonth(figures.trend().get(event.getItemIndex()).month().toString());
        }
    }

    private void open(Drill chosen) {
        if (feedback.run(() -> dashboards.count(caller(), chosen), null)) {
            drill = chosen;
            table.show(chosen);
        }
    }

    public long count(String figure) {
        return figures == null ? 0 : figures.count(ComplianceFigure.valueOf(figure));
    }

    public String getPercentCompliant() {
        return figures == null ? "—" : figures.percentCompliant().toPlainString() + " %";
    }

    public String getTrendChart() {
        return figures == null ? "{}" : ComplianceCharts.trend(figures, messages.get("compliance.trend.label"));
    }

    public String getPopulationChart() {
        return figures == null ? "{}" : ComplianceCharts.population(figures, List.of(
                messages.get("compliance.figure.COMPLIANT"), messages.get("compliance.chart.owing"),
                messages.get("compliance.figure.OVERDUE")));
    }

    public String getExpiringChart() {
        return figures == null ? "{}" : ComplianceCharts.expiring(figures, List.of(
                messages.get("compliance.figure.EXPIRING_30"), messages.get("compliance.figure.EXPIRING_60"),
                messages.get("compliance.figure.EXPIRING_90")), messages.get("compliance.chart.certificates"));
    }

    /** What the drill-down heading says: the figure, and the month or country when there is one. */
    public String getDrillTitle() {
        if (drill == null) {
            return "";
        }
        String title = messages.get("compliance.figure." + drill.figure().name());
        if (drill.month() != null) {
            return title + " — " + drill.month();
        }
        return drill.country() == null ? title : title + " — " + countryLabel(drill.country());
    }

    public String countryLabel(String country) {
        return org.peaceops.intranet.training.compliance.domain.ComplianceCriteria.NO_COUNTRY.equals(country)
                ? messages.get("compliance.gap.unknown") : country;
    }

    /** The export link of the open list, or of the dashboard itself when no list is open. */
    public String exportQuery(String format) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("format", format);
        q.put("figure", drill == null ? "DASHBOARD" : drill.figure().name());
        put(q, "mission", mission);
        put(q, "category", category);
        if (drill != null) {
            put(q, "month", drill.month() == null ? null : drill.month().toString());
            put(q, "country", drill.country());
        }
        StringBuilder s = new StringBuilder();
        q.forEach((k, v) -> s.append(s.length() == 0 ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }

    public String dashboardExportQuery(String format) {
        Drill open = drill;
        drill = null;
        try {
            return exportQuery(format);
        } finally {
            drill = open;
        }
    }

    private static void put(Map<String, String> q, String key, String value) {
        if (value != null && !value.isBlank()) {
            q.put(key, value.strip());
        }
    }

    public List<String> getCards() {
        return CARDS.stream().map(Enum::name).toList();
    }

    public List<Trend.Point> getTrend() {
        return figures == null ? List.of() : figures.trend();
    }

    public List<ComplianceFigures.CountryGap> getGaps() {
        return figures == null ? List.of() : figures.gaps();
    }

    public boolean isLoaded() {
        return figures != null;
    }

    public boolean isDrilled() {
        return drill != null;
    }

    public String getDrillFigure() {
        return drill == null ? "" : drill.figure().name();
    }

    public boolean isPeopleList() {
        return drill != null && drill.figure().listsPeople();
    }

    public PersonnelCategory[] getCategories() {
        return PersonnelCategory.values();
    }

    public ComplianceTable getTable() {
        return table;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
