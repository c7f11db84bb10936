package org.peaceops.intranet.toolbox.domain.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks a report's values against one definition version's fields, collecting every problem at once. */
final class ValuesCheck {

    private final DefinitionVersion version;
    private final Completeness completeness;
    private final List<FieldProblem> problems = new ArrayList<>();

    private ValuesCheck(DefinitionVersion version, Completeness completeness) {
        this.version = version;
        this.completeness = completeness;
    }

    static List<FieldProblem> check(DefinitionVersion version, ReportValues values, Completeness completeness) {
        ValuesCheck check = new ValuesCheck(version, completeness);
        for (String key : values.keys()) {
            if (version.field(key).isEmpty()) {
                check.problems.add(new FieldProblem(key, 0, "", "toolbox.field.unknown", List.of()));
            }
        }
        for (FieldDefinition field : version.fields()) {
            check.value(field, 0, values.get(field.key()).orElse(null));
        }
        return List.copyOf(check.problems);
    }

    private void value(FieldDefinition field, int row, FieldValue value) {
        if (value == null || value.isEmpty()) {
            if (field.isRequired() && completeness == Completeness.SUBMISSION) {
                problems.add(FieldProblem.of(field, row, "toolbox.field.required"));
            }
            return;
        }
        if (value.kind() != field.kind()) {
            problems.add(FieldProblem.of(field, row, "toolbox.field.wrongKind"));
            return;
        }
        if (value instanceof FieldValue.Text text) {
            length(field, row, text.text().length());
        } else if (value instanceof FieldValue.RichText rich) {
            // The reader's measure is the visible text; the markup around it is bounded by the column.
            int visible = ReportHtml.plainText(rich.html()).length();
            length(field, row, rich.html().length() > FieldDefinition.MAX_STORED_HTML ? Integer.MAX_VALUE : visible);
        } else if (value instanceof FieldValue.Period period) {
            period(field, row, period);
        } else if (value instanceof FieldValue.Missions missions) {
            count(field, row, missions.missions().size());
        } else if (value instanceof FieldValue.Persons persons) {
            count(field, row, persons.subjects().size());
        } else if (value instanceof FieldValue.Themes themes) {
            count(field, row, themes.codes().size());
        } else if (value instanceof FieldValue.Attachments files) {
            count(field, row, files.files().size());
        } else if (value instanceof FieldValue.Rows rows) {
            rows(field, rows);
        }
        // A date is any day: reports look back as well as forward.
    }

    private void length(FieldDefinition field, int row, int length) {
        if (length > field.maxLength()) {
            problems.add(FieldProblem.of(field, row, "toolbox.field.tooLong", field.maxLength()));
        }
    }

    private void period(FieldDefinition field, int row, FieldValue.Period period) {
        if (!period.isInOrder()) {
            problems.add(FieldProblem.of(field, row, "toolbox.field.periodOrder"));
        } else if (!period.isComplete() && completeness == Completeness.SUBMISSION) {
            problems.add(FieldProblem.of(field, row, "toolbox.field.periodIncomplete"));
        }
    }

    private void count(FieldDefinition field, int row, int count) {
        if (count > 1 && !field.allowsSeveral()) {
            problems.add(FieldProblem.of(field, row, "toolbox.field.single"));
        }
    }

    private void rows(FieldDefinition list, FieldValue.Rows rows) {
        List<FieldDefinition> columns = version.columnsOf(list.key());
        int number = 0;
        for (Map<String, FieldValue> row : rows.rows()) {
            number++;
            for (String column : row.keySet()) {
                if (columns.stream().noneMatch(c -> c.key().equals(column))) {
                    problems.add(new FieldProblem(list.key(), number, column, "toolbox.field.unknown", List.of()));
                }
            }
            for (FieldDefinition column : columns) {
                value(column, number, row.get(column.key()));
            }
        }
    }
}
