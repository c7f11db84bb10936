package org.peaceops.intranet.web.toolbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.toolbox.application.ReportTypeSummary;
import org.peaceops.intranet.toolbox.application.trends.TrendQuery;
import org.peaceops.intranet.toolbox.application.trends.TrendReport;
import org.peaceops.intranet.toolbox.application.trends.TrendsAnalysis;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.Messages;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * {@code /toolbox/trends.xhtml}: trends across published reports by type, mission and month, from the
 * address (from, to, mission, type; the last twelve months by default) so a view can be bookmarked and
 * exported as it is shown.
 */
@Named
@RequestScoped
public class TrendsPage {

    @Inject
    TrendsAnalysis trends;

    @Inject
    ReportDraftingService drafting;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSelection language;

    @Inject
    Messages messages;

    @Inject
    PageFeedback feedback;

    @Inject
    GuidanceQueries guidance;

    private String from;
    private String to;
    private String mission;
    private String type;
    private Optional<TrendReport> report;
    private Map<String, String> typeNames;
    private Map<String, String> themeNames;

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The figures, once per request; empty when the period was refused (the reason is shown on the page). */
    public Optional<TrendReport> getReport() {
        if (report == null) {
            TrendReport[] result = new TrendReport[1];
            feedback.attempt(() -> result[0] = trends.trends(user.caller().orElseThrow(), query()));
            report = Optional.ofNullable(result[0]);
        }
        return report;
    }

    public TrendReport getFigures() {
        return getReport().orElse(null);
    }

    TrendQuery query() {
        YearMonth last = month(to, YearMonth.now(ZoneOffset.UTC));
        return new TrendQuery(month(from, last.minusMonths(11)), last, mission, type);
    }

    private static YearMonth month(String value, YearMonth absent) {
        try {
            return value == null || value.isBlank() ? absent : YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            return absent;
        }
    }

    public String getOverTimeChart() {
        return getReport().map(r -> TrendCharts.overTime(r, this::typeName)).orElse("{}");
    }

    public String getByMissionChart() {
        return getReport().map(r -> TrendCharts.byMission(r.byMission(), messages.get("toolbox.trends.reports")))
                .orElse("{}");
    }

    /** A thematic area's name in the reader's language; a code no longer in the taxonomy as it is. */
    public String themeName(String code) {
        if (themeNames == null) {
            themeNames = new LinkedHashMap<>();
            guidance.thematicAreas(language.getLocale()).forEach(t -> themeNames.put(t.getCode(), t.getName()));
        }
        return themeNames.getOrDefault(code, code);
    }

    public List<ReportTypeSummary> getTypes() {
        return drafting.reportTypes();
    }

    public String typeName(String code) {
        if (typeNames == null) {
            typeNames = new LinkedHashMap<>();
            drafting.reportTypes().forEach(t -> typeNames.put(t.code(), t.name().in(language.getLocale())));
        }
        return typeNames.getOrDefault(code, code);
    }

    /** The export of exactly the figures shown. */
    public String exportLink(String format) {
        return getReport().map(r -> {
            TrendQuery q = r.query();
            StringBuilder link = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestContextPath()).append("/toolbox/trends-export?format=").append(format)
                    .append("&from=").append(q.from()).append("&to=").append(q.to());
            if (q.mission() != null) {
                link.append("&mission=").append(URLEncoder.encode(q.mission(), StandardCharsets.UTF_8));
            }
            if (q.typeCode() != null) {
                link.append("&type=").append(URLEncoder.encode(q.typeCode(), StandardCharsets.UTF_8));
            }
            return link.toString();
        }).orElse(null);
    }
}
