package org.peaceops.intranet.toolbox.domain.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.peaceops.intranet.toolbox.domain.definition.AttachedFile;
import org.peaceops.intranet.shared.MissionCode;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.definition.FieldValue;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/** Turns a report's values into stored pieces and back: one row per text, date, mission, person or file. */
final class ValueCodec {

    private static final Comparator<StoredValue> ORDER = Comparator.<StoredValue, String>comparing(v -> v.fieldKey)
            .thenComparingInt(v -> v.row).thenComparing(v -> v.column).thenComparingInt(v -> v.item);

    private ValueCodec() {
    }

    static List<StoredValue> encode(ReportValues values) {
        List<StoredValue> stored = new ArrayList<>();
        values.asMap().forEach((key, value) -> {
            if (value instanceof FieldValue.Rows rows) {
                int row = 0;
                for (Map<String, FieldValue> columns : rows.rows()) {
                    row++;
                    for (Map.Entry<String, FieldValue> column : new TreeMap<>(columns).entrySet()) {
                        encode(stored, key, row, column.getKey(), column.getValue());
                    }
                }
            } else {
                encode(stored, key, 0, "", value);
            }
        });
        return stored;
    }

    private static void encode(List<StoredValue> stored, String key, int row, String column, FieldValue value) {
        if (value instanceof FieldValue.Text text) {
            piece(stored, key, row, column, 0, value.kind()).text = text.text();
        } else if (value instanceof FieldValue.RichText rich) {
            piece(stored, key, row, column, 0, value.kind()).text = rich.html();
        } else if (value instanceof FieldValue.Date date) {
            piece(stored, key, row, column, 0, value.kind()).from = date.date();
        } else if (value instanceof FieldValue.Period period) {
            StoredValue piece = piece(stored, key, row, column, 0, value.kind());
            piece.from = period.from();
            piece.to = period.to();
        } else if (value instanceof FieldValue.Missions missions) {
            for (int i = 0; i < missions.missions().size(); i++) {
                piece(stored, key, row, column, i, value.kind()).reference = missions.missions().get(i).getValue();
            }
        } else if (value instanceof FieldValue.Persons persons) {
            for (int i = 0; i < persons.subjects().size(); i++) {
                piece(stored, key, row, column, i, value.kind()).reference = persons.subjects().get(i);
            }
        } else if (value instanceof FieldValue.Themes themes) {
            for (int i = 0; i < themes.codes().size(); i++) {
                piece(stored, key, row, column, i, value.kind()).reference = themes.codes().get(i);
            }
        } else if (value instanceof FieldValue.Attachments files) {
            for (int i = 0; i < files.files().size(); i++) {
                AttachedFile file = files.files().get(i);
                StoredValue piece = piece(stored, key, row, column, i, value.kind());
                piece.reference = file.getSha256();
                piece.fileName = file.getOriginalFileName();
                piece.fileSize = file.getSize();
                piece.mediaType = file.getMediaType();
            }
        } else {
            throw new IllegalArgumentException("Rows do not nest: " + key + "." + column);
        }
    }

    private static StoredValue piece(List<StoredValue> stored, String key, int row, String column, int item, FieldKind kind) {
        StoredValue piece = new StoredValue(key, row, column, item, kind);
        stored.add(piece);
        return piece;
    }

    static ReportValues decode(List<StoredValue> stored) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        Map<String, List<StoredValue>> byField = stored.stream().sorted(ORDER)
                .collect(Collectors.groupingBy(v -> v.fieldKey, LinkedHashMap::new, Collectors.toList()));
        byField.forEach((key, pieces) -> {
            if (pieces.get(0).row == 0) {
                values.put(key, value(pieces));
            } else {
                Map<Integer, Map<String, List<StoredValue>>> rows = pieces.stream().collect(Collectors.groupingBy(
                        v -> v.row, TreeMap::new, Collectors.groupingBy(v -> v.column, LinkedHashMap::new, Collectors.toList())));
                List<Map<String, FieldValue>> decoded = new ArrayList<>();
                rows.values().forEach(columns -> {
                    Map<String, FieldValue> row = new LinkedHashMap<>();
                    columns.forEach((column, cells) -> row.put(column, value(cells)));
                    decoded.add(row);
                });
                values.put(key, new FieldValue.Rows(decoded));
            }
        });
        return ReportValues.of(values);
    }

    private static FieldValue value(List<StoredValue> pieces) {
        StoredValue first = pieces.get(0);
        return switch (first.kind) {
            case TEXT -> new FieldValue.Text(first.text);
            // Stored sanitised; sanitising again on the way out costs little and guards against a row
            // written by something other than this code.
            case LONG_TEXT -> new FieldValue.RichText(first.text);
            case DATE -> new FieldValue.Date(first.from);
            case PERIOD -> new FieldValue.Period(first.from, first.to);
            case MISSION -> new FieldValue.Missions(pieces.stream().map(p -> new MissionCode(p.reference)).toList());
            case PERSON -> new FieldValue.Persons(pieces.stream().map(p -> p.reference).toList());
            case THEMES -> new FieldValue.Themes(pieces.stream().map(p -> p.reference).toList());
            case ATTACHMENT -> new FieldValue.Attachments(pieces.stream()
                    .map(p -> new AttachedFile(p.reference, p.fileSize == null ? 0 : p.fileSize, p.mediaType, p.fileName))
                    .toList());
            case ROWS -> throw new IllegalStateException("A stored piece is never a list: " + first.fieldKey);
        };
    }
}
