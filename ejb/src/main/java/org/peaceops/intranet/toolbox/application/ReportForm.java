package org.peaceops.intranet.toolbox.application;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.toolbox.domain.definition.DefinitionVersion;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;

/**
 * What a form needs to file a report of one type: the fields of the type's current version in their
 * order (labels in both languages, kinds, required flags, lengths) and, for each list of rows, its columns.
 */
public record ReportForm(String code, BilingualText name, int version, List<FieldDefinition> fields,
        Map<String, List<FieldDefinition>> columns) implements java.io.Serializable {

    public ReportForm {
        fields = List.copyOf(fields);
        columns = Map.copyOf(columns);
    }

    public static ReportForm of(String code, BilingualText name, DefinitionVersion version) {
        return new ReportForm(code, name, version.number(), version.fields(), version.fields().stream()
                .collect(Collectors.toMap(FieldDefinition::key, f -> version.columnsOf(f.key()))));
    }
}
