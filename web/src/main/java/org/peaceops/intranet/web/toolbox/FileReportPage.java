package org.peaceops.intranet.web.toolbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.intranet.toolbox.application.Filing;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.toolbox.application.ReportForm;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.FieldProblem;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;
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
    transient ReportDraftingService drafting;

    @Inject
    transient CurrentUser user;

    @Inject
    transient PageFeedback feedback;

    @Inject
    transient Messages messages;

    @Inject
    LanguageSelection language;

    private String type;
    private ReportForm form;
    private String title;
    private final FormInput input = new FormInput();
    /** The message shown beside each field, by field key; empty when the last submit had none. */
    private final Map<String, String> problems = new LinkedHashMap<>();

    /** f:viewAction: an unknown or retired type leaves the page saying so. */
    public void load() {
        if (form == null) {
            form = drafting.form(type).orElse(null);
        }
    }

    /** Files the report; on any problem the page stays as typed, with each problem beside its field. */
    public String submit() {
        problems.clear();
        Map<String, String> unreadable = new HashMap<>();
        ReportValues values = input.values(getFields(), unreadable);
        Filing[] filing = new Filing[1];
        boolean ok = feedback.run(() -> filing[0] = drafting.file(user.caller().orElseThrow(), form.code(), title,
                values), null);
        if (!ok) {
            return null;
        }
        for (FieldProblem problem : filing[0].problems()) {
            problems.putIfAbsent(problem.fieldKey(), text(problem));
        }
        unreadable.forEach((key, reason) -> problems.put(key, messages.get(reason, label(key))));
        if (!problems.isEmpty()) {
            feedback.error("toolbox.form.problems", problems.size());
            return null;
        }
        feedback.done("toolbox.form.filed", title);
        return "/toolbox/index?faces-redirect=true";
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

    public Map<String, String> getUntil() {
        return input.getUntil();
    }

    public Map<String, String> getProblems() {
        return problems;
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
