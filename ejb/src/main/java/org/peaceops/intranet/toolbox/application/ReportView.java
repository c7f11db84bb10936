package org.peaceops.intranet.toolbox.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.shared.BilingualText;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.toolbox.domain.definition.FieldDefinition;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;

/**
 * A report as its reader sees it: its facts, its fields in the order of the definition version it was
 * written with (labels from that version, so a later change of the type never changes an old report),
 * and its recommendations with what became of them.
 */
public record ReportView(long id, String typeCode, BilingualText typeName, int definitionVersion, String title,
        String mission, String author, ReportStatus status, Optional<Classification> classification,
        Optional<Instant> publishedAt, Optional<String> returnReason, List<Shown> fields,
        List<RecommendationItem> recommendations) {

    public ReportView {
        fields = List.copyOf(fields);
        recommendations = List.copyOf(recommendations);
    }

    /** One field of the report: its definition, its value (empty when not given), and its columns (lists of rows). */
    public record Shown(FieldDefinition field, Optional<FieldValue> value, List<FieldDefinition> columns) {

        public Shown {
            columns = List.copyOf(columns);
        }
    }
}
