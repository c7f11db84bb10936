package org.peaceops.intranet.web.toolbox;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/**
 * What was typed into a report form, kept as text per field so that nothing typed is lost on a failed
 * submit (a date the browser sent badly, a mission code mistyped), and turned into the report's values.
 * Input the form itself cannot read is reported per field, with the bundle key of the reason.
 */
final class FormInput implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Kinds the form has inputs for; lists of rows and attachments are not on the form yet. */
    static final List<FieldKind> ON_THE_FORM = List.of(FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.DATE,
            FieldKind.PERIOD, FieldKind.MISSION, FieldKind.PERSON, FieldKind.THEMES);

    private final Map<String, String> text = new HashMap<>();
    private final Map<String, String> until = new HashMap<>();
    /**
     * The theme codes ticked in each THEMES field. Held as Object: a select-many bound through a map
     * entry gets an array from Faces (its type is not known), a revision puts a list back.
     */
    private final HashMap<String, Object> themes = new HashMap<>();

    /** The typed text of each field (the start date of a period). */
    Map<String, String> getText() {
        return text;
    }

    /** The theme codes chosen in each THEMES field. */
    Map<String, Object> getThemes() {
        return themes;
    }

    /** The end date of each period. */
    Map<String, String> getUntil() {
        return until;
    }

    /**
     * The values of the fields on the form, and in {@code unreadable} the key of the reason for each
     * field whose input could not be read (that field is then left out of the values).
     */
    ReportValues values(List<FieldDefinition> fields, Map<String, String> unreadable) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            String typed = blankToNull(text.get(field.key()));
            try {
                FieldValue value = switch (field.kind()) {
                    case TEXT -> new FieldValue.Text(typed);
                    case LONG_TEXT -> new FieldValue.RichText(paragraphs(typed));
                    case DATE -> new FieldValue.Date(date(typed));
                    case PERIOD -> new FieldValue.Period(date(typed), date(blankToNull(until.get(field.key()))));
                    case MISSION -> new FieldValue.Missions(pieces(typed).stream().map(MissionCode::new).toList());
                    case PERSON -> new FieldValue.Persons(pieces(typed));
                    case THEMES -> new FieldValue.Themes(codes(themes.get(field.key())));
                    default -> null;
                };
                if (value != null && !value.isEmpty()) {
                    values.put(field.key(), value);
                }
            } catch (DateTimeParseException e) {
                unreadable.put(field.key(), "toolbox.field.badDate");
            } catch (Refusal e) {
                unreadable.put(field.key(), e.key());
            }
        }
        return ReportValues.of(values);
    }

    /** Puts stored values back on the form as text, as if typed (a returned report being revised). */
    void fill(List<FieldDefinition> fields, ReportValues values) {
        for (FieldDefinition field : fields) {
            values.get(field.key()).ifPresent(value -> {
                if (value instanceof FieldValue.Text t) {
                    text.put(field.key(), t.text());
                } else if (value instanceof FieldValue.RichText r) {
                    text.put(field.key(), typed(r.html()));
                } else if (value instanceof FieldValue.Date d) {
                    text.put(field.key(), d.date() == null ? null : d.date().toString());
                } else if (value instanceof FieldValue.Period p) {
                    text.put(field.key(), p.from() == null ? null : p.from().toString());
                    until.put(field.key(), p.to() == null ? null : p.to().toString());
                } else if (value instanceof FieldValue.Missions m) {
                    text.put(field.key(), String.join(", ", m.missions().stream().map(MissionCode::getValue).toList()));
                } else if (value instanceof FieldValue.Persons p) {
                    text.put(field.key(), String.join(", ", p.subjects()));
                } else if (value instanceof FieldValue.Themes t) {
                    themes.put(field.key(), new ArrayList<>(t.codes()));
                }
            });
        }
    }

    /** The text a person would have typed to get these paragraphs: the inverse of {@link #paragraphs}. */
    static String typed(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*<p[^>]*>", "\n\n")
                .replaceAll("<[^>]+>", "");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&").strip();
    }

    /** The codes of a select-many's value, whichever shape Faces gave it. */
    static List<String> codes(Object chosen) {
        if (chosen instanceof Object[] array) {
            return Arrays.stream(array).filter(Objects::nonNull).map(String::valueOf).toList();
        }
        if (chosen instanceof Collection<?> list) {
            return list.stream().filter(Objects::nonNull).map(String::valueOf).toList();
        }
        return chosen == null ? List.of() : pieces(String.valueOf(chosen));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String typed) {
        return typed == null ? null : LocalDate.parse(typed);
    }

    /** Several missions or people, separated by commas, semicolons or line breaks. */
    private static List<String> pieces(String typed) {
        return typed == null ? List.of()
                : Arrays.stream(typed.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Plain text from a text area as paragraphs of HTML, every character escaped: the domain sanitises
     * whatever it is given, and this way nothing typed is read as markup.
     */
    static String paragraphs(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : typed.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
