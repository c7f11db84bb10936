package org.peaceops.intranet.toolbox.domain.definition;

import java.util.List;

/**
 * One thing wrong with one field's value, for the form to show beside that field: the bundle key of the
 * message ({@code toolbox.field.required}) and its parameters. The first parameter is always the field's
 * label in the reader's language, which the form fills in: {@link #parameters} holds the others.
 *
 * @param fieldKey the top-level field
 * @param row      for a column of a list of rows, the row (1 for the first), else 0
 * @param column   for a column of a list of rows, the column's key, else empty
 */
public record FieldProblem(String fieldKey, int row, String column, String messageKey, List<Object> parameters) {

    public FieldProblem {
        parameters = List.copyOf(parameters);
    }

    static FieldProblem of(FieldDefinition field, int row, String messageKey, Object... parameters) {
        return field.isColumn()
                ? new FieldProblem(field.parentKey(), row, field.key(), messageKey, List.of(parameters))
                : new FieldProblem(field.key(), 0, "", messageKey, List.of(parameters));
    }
}
