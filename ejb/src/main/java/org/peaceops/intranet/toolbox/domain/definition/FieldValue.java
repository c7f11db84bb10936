package org.peaceops.intranet.toolbox.domain.definition;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peaceops.intranet.shared.MissionCode;

/**
 * What one field of a report holds, one type per {@link FieldKind}. Values are immutable; an empty value
 * (blank text, no mission, no row) counts as "not given" for a required field.
 */
public sealed interface FieldValue {

    FieldKind kind();

    boolean isEmpty();

    /** One line of plain text, stripped. */
    record Text(String text) implements FieldValue {
        public Text {
            text = text == null ? "" : text.strip();
        }

        @Override
        public FieldKind kind() {
            return FieldKind.TEXT;
        }

        @Override
        public boolean isEmpty() {
            return text.isEmpty();
        }
    }

    /** Formatted text, always sanitised: there is no way to build one around unsanitised HTML. */
    record RichText(String html) implements FieldValue {
        public RichText {
            html = ReportHtml.sanitise(html);
        }

        @Override
        public FieldKind kind() {
            return FieldKind.LONG_TEXT;
        }

        @Override
        public boolean isEmpty() {
            return ReportHtml.isBlank(html);
        }
    }

    record Date(LocalDate date) implements FieldValue {
        @Override
        public FieldKind kind() {
            return FieldKind.DATE;
        }

        @Override
        public boolean isEmpty() {
            return date == null;
        }
    }

    /** From one day to another, both included; either may still be missing in a draft. */
    record Period(LocalDate from, LocalDate to) implements FieldValue {
        @Override
        public FieldKind kind() {
            return FieldKind.PERIOD;
        }

        @Override
        public boolean isEmpty() {
            return from == null && to == null;
        }

        public boolean isComplete() {
            return from != null && to != null;
        }

        public boolean isInOrder() {
            return from == null || to == null || !to.isBefore(from);
        }
    }

    record Missions(List<MissionCode> missions) implements FieldValue {
        public Missions {
            missions = List.copyOf(missions.stream().distinct().toList());
        }

        @Override
        public FieldKind kind() {
            return FieldKind.MISSION;
        }

        @Override
        public boolean isEmpty() {
            return missions.isEmpty();
        }
    }

    /** People by their directory subject (the identity provider's stable id), never by display name. */
    record Persons(List<String> subjects) implements FieldValue {
        public Persons {
            subjects = List.copyOf(subjects.stream().map(Objects::requireNonNull).map(String::strip)
                    .filter(s -> !s.isEmpty()).distinct().toList());
        }

        @Override
        public FieldKind kind() {
            return FieldKind.PERSON;
        }

        @Override
        public boolean isEmpty() {
            return subjects.isEmpty();
        }
    }

    /** Thematic areas by taxonomy code; whether a code is in the taxonomy is checked when filing. */
    record Themes(List<String> codes) implements FieldValue {
        public Themes {
            codes = List.copyOf(codes.stream().map(Objects::requireNonNull).map(String::strip)
                    .filter(s -> !s.isEmpty()).distinct().toList());
        }

        @Override
        public FieldKind kind() {
            return FieldKind.THEMES;
        }

        @Override
        public boolean isEmpty() {
            return codes.isEmpty();
        }
    }

    /** Files already in the blob store: references to content, never bytes. */
    record Attachments(List<AttachedFile> files) implements FieldValue {
        public Attachments {
            files = List.copyOf(files);
        }

        @Override
        public FieldKind kind() {
            return FieldKind.ATTACHMENT;
        }

        @Override
        public boolean isEmpty() {
            return files.isEmpty();
        }
    }

    /**
     * Rows of column values by column key. Rows with nothing in them are dropped, as a form's empty
     * trailing row would otherwise be kept as a row.
     */
    record Rows(List<Map<String, FieldValue>> rows) implements FieldValue {
        public Rows {
            rows = rows.stream()
                    .map(row -> {
                        Map<String, FieldValue> kept = new LinkedHashMap<>();
                        row.forEach((column, value) -> {
                            if (value instanceof Rows) {
                                throw new IllegalArgumentException("Rows do not nest: " + column);
                            }
                            if (value != null && !value.isEmpty()) {
                                kept.put(column, value);
                            }
                        });
                        return Map.copyOf(kept);
                    })
                    .filter(row -> !row.isEmpty())
                    .toList();
        }

        @Override
        public FieldKind kind() {
            return FieldKind.ROWS;
        }

        @Override
        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }
}
