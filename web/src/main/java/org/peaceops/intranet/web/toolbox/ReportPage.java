package org.peaceops.intranet.web.toolbox;

import jakarta.enterprise.inject.Model;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.identity.application.PersonDirectory;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.application.ReportReading;
import org.peaceops.intranet.toolbox.application.ReportView;
import org.peaceops.intranet.toolbox.domain.definition.AttachedFile;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportHtml;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * {@code /toolbox/report.xhtml?id=..}: one report, its fields shown as the definition version it was
 * written with defines them, and its recommendations with what became of them. A report the reader may
 * not open is shown exactly like one that does not exist.
 */
@Model
public class ReportPage {

    @Inject
    ReportReading reading;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    PersonDirectory people;

    @Inject
    LanguageSelection language;

    @Inject
    GuidanceQueries guidance;

    private Long id;
    private ReportView report;
    private final Map<String, String> names = new HashMap<>();
    private Map<String, String> themeNames;

    private boolean loaded;

    /** f:viewAction: no id, no such report, or one the reader may not open all read "not found". */
    public void load() {
        ensureLoaded();
    }

    /**
     * Reads the report once per request. A postback (the chain's actions) decodes the page before the view
     * parameter is applied, so the id then comes from the form's own {@code id} field: without it the
     * report would read as missing and the buttons inside it would never be decoded.
     */
    private void ensureLoaded() {
        Long key = id != null ? id : idFromRequest();
        if (loaded || key == null) {
            return;
        }
        loaded = true;
        id = key;
        if (user.caller().isPresent()) {
            ReportView[] found = new ReportView[1];
            if (feedback.runQuietly(() -> found[0] = reading.open(user.caller().orElseThrow(), key))) {
                report = found[0];
            }
        }
    }

    private static Long idFromRequest() {
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            return raw == null ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isMissing() {
        ensureLoaded();
        return report == null;
    }

    public String getTypeName() {
        return report == null ? "" : report.typeName().in(language.getLocale());
    }

    public String label(FieldDefinition field) {
        return field.label(language.getLocale());
    }

    /** Rich text is shown as the sanitised HTML it was stored as (sanitised when written). */
    public boolean isRich(ReportView.Shown shown) {
        return shown.field().kind() == FieldKind.LONG_TEXT;
    }

    public boolean isRows(ReportView.Shown shown) {
        return shown.field().kind() == FieldKind.ROWS;
    }

    public String html(ReportView.Shown shown) {
        return shown.value().filter(v -> v instanceof FieldValue.RichText).map(v -> ((FieldValue.RichText) v).html())
                .orElse("");
    }

    /** A value as one line of text; empty when not given. */
    public String text(ReportView.Shown shown) {
        return shown.value().map(this::plain).orElse("");
    }

    public List<Map<String, FieldValue>> rows(ReportView.Shown shown) {
        return shown.value().filter(v -> v instanceof FieldValue.Rows).map(v -> ((FieldValue.Rows) v).rows())
                .orElse(List.of());
    }

    public String cell(Map<String, FieldValue> row, FieldDefinition column) {
        FieldValue value = row.get(column.key());
        return value == null ? "" : plain(value);
    }

    private String plain(FieldValue value) {
        if (value instanceof FieldValue.Text t) {
            return t.text();
        }
        if (value instanceof FieldValue.RichText r) {
            return ReportHtml.plainText(r.html());
        }
        if (value instanceof FieldValue.Date d) {
            return d.date() == null ? "" : d.date().toString();
        }
        if (value instanceof FieldValue.Period p) {
            return (p.from() == null ? "…" : p.from().toString()) + " – " + (p.to() == null ? "…" : p.to().toString());
        }
        if (value instanceof FieldValue.Missions m) {
            return m.missions().stream().map(MissionCode::getValue).collect(Collectors.joining(", "));
        }
        if (value instanceof FieldValue.Persons p) {
            return p.subjects().stream().map(this::name).collect(Collectors.joining(", "));
        }
        if (value instanceof FieldValue.Themes t) {
            return t.codes().stream().map(this::themeName).collect(Collectors.joining(", "));
        }
        if (value instanceof FieldValue.Attachments a) {
            return a.files().stream().map(AttachedFile::getOriginalFileName).collect(Collectors.joining(", "));
        }
        return "";
    }

    /** A thematic area in the reader's language; a code the taxonomy no longer holds as stored. */
    private String themeName(String code) {
        if (themeNames == null) {
            themeNames = new HashMap<>();
            guidance.thematicAreas(language.getLocale()).forEach(t -> themeNames.put(t.getCode(), t.getName()));
        }
        return themeNames.getOrDefault(code, code);
    }

    /** A person as the directory names them (a subject it does not know is shown as typed). */
    public String name(String subject) {
        return names.computeIfAbsent(subject, s -> people.displayName(s).orElse(s));
    }

    /** The bundle key of the classification, or of "not published yet". */
    public String getClassificationKey() {
        return report.classification().map(c -> "classification." + c.name()).orElse("toolbox.report.unclassified");
    }

    public java.time.Instant getPublishedAt() {
        return report.publishedAt().orElse(null);
    }

    public String getReturnReason() {
        return report.returnReason().orElse("");
    }

    public String due(org.peaceops.intranet.toolbox.application.RecommendationItem item) {
        return item.dueDate().map(Object::toString).orElse("");
    }

    public String note(org.peaceops.intranet.toolbox.application.RecommendationItem item) {
        return item.decisionNote().orElse("");
    }

    public ReportView getReport() {
        ensureLoaded();
        return report;
    }

    public Long getId() {
        return id != null ? id : idFromRequest();
    }

    public void setId(Long id) {
        this.id = id;
    }
}
