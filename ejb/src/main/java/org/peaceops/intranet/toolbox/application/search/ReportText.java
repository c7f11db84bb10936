package org.peaceops.intranet.toolbox.application.search;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportHtml;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/**
 * The words of a report as search reads them: its texts, rich texts without markup, and the texts in its
 * lists of rows, one paragraph each. Dates, missions, people and files are facts, not prose, and the
 * index takes those elsewhere (mission, year) or not at all (who took part is not searchable).
 */
public final class ReportText {

    private ReportText() {
    }

    /** The values in the order of their fields ({@code fieldOrder}, as the form shows them), then any other. */
    public static String of(ReportValues values, List<String> fieldOrder) {
        StringJoiner text = new StringJoiner("\n\n");
        fieldOrder.forEach(key -> values.get(key).ifPresent(v -> add(text, v)));
        values.asMap().entrySet().stream().filter(e -> !fieldOrder.contains(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> add(text, e.getValue()));
        return text.toString();
    }

    private static void add(StringJoiner text, FieldValue value) {
        if (value instanceof FieldValue.Text t) {
            text.add(t.text());
        } else if (value instanceof FieldValue.RichText r) {
            text.add(ReportHtml.plainText(r.html()));
        } else if (value instanceof FieldValue.Rows rows) {
            for (Map<String, FieldValue> row : rows.rows()) {
                row.values().forEach(cell -> add(text, cell));
            }
        }
    }
}
