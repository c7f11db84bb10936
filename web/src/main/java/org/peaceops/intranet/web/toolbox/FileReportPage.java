package org.peaceops.intranet.web.toolbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.ThemeSummary;
import org.peaceops.intranet.toolbox.application.Filing;
import org.peaceops.intranet.toolbox.application.RecommendationProposal;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.toolbox.application.ReportForm;
import org.peaceops.intranet.toolbox.application.Revision;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.Messages;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * {@code /toolbox/file.xhtml?type=..}: a report form built from the type's current definition version
 * (labels in the reader's language, required marks, lengths). On submit every problem is shown beside
 * its field and everything typed stays; a report that fits is filed to the mission's officer.
 */
@Named
@ViewScoped
public class FileReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportDraftingService drafting;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    Messages messages;

    @Inject
    LanguageSelection language;

    @Inject
    GuidanceQueries guidance;

    private transient List<ThemeSummary> thematicAreas;

    private String type;
    /**
     * The id of the report being revised, or null for a new one. Kept as the text of the view parameter:
     * a Long view parameter is converted again on every postback of a new form and refuses the empty value.
     */
    private String report;
    private String returnReason;
    private ReportForm form;
    private String title;
    private final FormInput input = new FormInput();
    /** The recommendations typed so far: two empty rows to start with, more on request. */
    private final List<RecommendationRow> recommendations = new ArrayList<>(List.of(new RecommendationRow(),
            new RecommendationRow()));
    /** The message shown beside each field, by field key; empty when the last submit had none. */
    private final Map<String, String> problems = new LinkedHashMap<>();

    /**
     * f:viewAction: an unknown or retired type leaves the page saying so. With {@code report}, one of the
     * caller's returned reports (or drafts) is put back on the form of its own definition version, as
     * last saved, with the reviewer's reason; one that cannot be changed is not on offer.
     */
    public void load() {
        if (form != null) {
            return;
        }
        if (report != null) {
            Long id = reportId();
            Revision[] found = new Revision[1];
            if (id != null && feedback.runQuietly(() -> found[0] = drafting.revision(user.caller().orElseThrow(), id))) {
                Revision revision = found[0];
                form = revision.form();
                title = revision.title();
                input.fill(form.fields(), revision.values());
                returnReason = revision.returnReason().orElse(null);
                recommendations.clear();
                revision.recommendations().forEach(r -> recommendations.add(RecommendationRow.of(r)));
                recommendations.add(new RecommendationRow());
            }
            return;
        }
        form = drafting.form(type).orElse(null);
    }

    /** Files the report; on any problem the page stays as typed, with each problem beside its field. */
    public String submit() {
        problems.clear();
        Map<String, String> unreadable = new HashMap<>();
        ReportValues values = input.values(getFields(), unreadable);
        List<RecommendationProposal> proposals = new ArrayList<>();
        for (int i = 0; i < recommendations.size(); i++) {
            try {
                proposals.add(recommendations.get(i).proposal());
            } catch (DateTimeParseException e) {
                problems.put(recommendationKey(i + 1, "due"), messages.get("toolbox.rec.badDate"));
            }
        }
        if (!problems.isEmpty()) {
            // a due date that is no date would otherwise be filed as no due date
            feedback.error("toolbox.form.problems", problems.size());
            return null;
        }
        Filing[] filing = new Filing[1];
        Long revised = reportId();
        boolean ok = feedback.run(() -> filing[0] = revised != null
                ? drafting.resubmit(user.caller().orElseThrow(), revised, title, values, proposals)
                : drafting.file(user.caller().orElseThrow(), form.code(), title, values, proposals), null);
        if (!ok) {
            return null;
        }
        for (FieldProblem problem : filing[0].problems()) {
            if (Recommendation.PROPOSALS.equals(problem.fieldKey())) {
                problems.putIfAbsent(recommendationKey(problem.row(), problem.column()),
                        messages.get(problem.messageKey(), problem.parameters().toArray()));
            } else {
                problems.putIfAbsent(problem.fieldKey(), text(problem));
            }
        }
        unreadable.forEach((key, reason) -> problems.put(key, messages.get(reason, label(key))));
        if (!problems.isEmpty()) {
            feedback.error("toolbox.form.problems", problems.size());
            return null;
        }
        feedback.done("toolbox.form.filed", title);
        // New or revised, the report is next seen where its author follows it: with its status, in My reports.
        return "/toolbox/mine?faces-redirect=true";
    }

    /** Another empty recommendation row; everything typed so far stays. */
    public void addRecommendation() {
        recommendations.add(new RecommendationRow());
    }

    /** The key of a recommendation problem in {@link #getProblems()}: row 1 is the first. */
    public static String recommendationKey(int row, String part) {
        return "rec-" + row + "-" + part;
    }

    public List<RecommendationRow> getRecommendations() {
        return recommendations;
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    /** The message of a problem: its first parameter is the field's label in the reader's language. */
    private String text(FieldProblem problem) {
        String label = problem.column().isEmpty() ? label(problem.fieldKey())
                : label(problem.fieldKey()) + " " + problem.row() + " · " + columnLabel(problem.fieldKey(), problem.column());
        Object[] args = new Object[problem.parameters().size() + 1];
        args[0] = label;
        for (int i = 0; i < problem.parameters().size(); i++) {
            args[i + 1] = problem.parameters().get(i);
        }
        return messages.get(problem.messageKey(), args);
    }

    private String label(String key) {
        if (Filing.TITLE.equals(key)) {
            return messages.get("toolbox.form.titleLabel");
        }
        return getFields().stream().filter(f -> f.key().equals(key)).findFirst().map(this::label).orElse(key);
    }

    private String columnLabel(String list, String column) {
        return form.columns().getOrDefault(list, List.of()).stream().filter(f -> f.key().equals(column)).findFirst()
                .map(this::label).orElse(column);
    }

    public String label(FieldDefinition field) {
        return field.label(language.getLocale());
    }

    public boolean isOnTheForm(FieldDefinition field) {
        return FormInput.ON_THE_FORM.contains(field.kind());
    }

    /** The id of a field's input within its row of the form, for its label: one per kind. */
    public String inputId(FieldDefinition field) {
        return switch (field.kind()) {
            case TEXT -> "valueText";
            case LONG_TEXT -> "valueLongText";
            case DATE -> "valueDate";
            case PERIOD -> "valuePeriod";
            case MISSION -> "valueMission";
            case PERSON -> "valuePerson";
            case THEMES -> "valueThemes";
            default -> "none";
        };
    }

    public List<FieldDefinition> getFields() {
        return form == null ? List.of() : form.fields();
    }

    public String getName() {
        return form == null ? "" : form.name().in(language.getLocale());
    }

    public ReportForm getForm() {
        return form;
    }

    public Map<String, String> getText() {
        return input.getText();
    }

    public Map<String, Object> getThemes() {
        return input.getThemes();
    }

    /** The thematic areas a THEMES field offers, named in the reader's language. */
    public List<ThemeSummary> getThematicAreas() {
        if (thematicAreas == null) {
            thematicAreas = guidance.thematicAreas(language.getLocale());
        }
        return thematicAreas;
    }

    public Map<String, String> getUntil() {
        return input.getUntil();
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report == null || report.isBlank() ? null : report.strip();
    }

    /** The report being revised; null for a new one (or an id that is no number: then nothing is revised). */
    private Long reportId() {
        try {
            return report == null ? null : Long.valueOf(report);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Why the reviewer returned the report being revised; null otherwise. */
    public String getReturnReason() {
        return returnReason;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
