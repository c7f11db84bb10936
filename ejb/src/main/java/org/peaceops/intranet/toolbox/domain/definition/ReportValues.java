package org.peaceops.intranet.toolbox.domain.definition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The values of a report by field key, as typed so far: what is missing is simply absent. */
public final class ReportValues {

    private static final ReportValues NONE = new ReportValues(Map.of());

    private final Map<String, FieldValue> byKey;

    private ReportValues(Map<String, FieldValue> byKey) {
        this.byKey = byKey;
    }

    public static ReportValues none() {
        return NONE;
    }

    /** Empty values are dropped: "not given" has one representation. */
    public static ReportValues of(Map<String, ? extends FieldValue> values) {
        Map<String, FieldValue> kept = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null && !value.isEmpty()) {
                kept.put(key, value);
            }
        });
        return new ReportValues(Map.copyOf(kept));
    }

    public Optional<FieldValue> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Set<String> keys() {
        return byKey.keySet();
    }

    public Map<String, FieldValue> asMap() {
        return byKey;
    }

    /** A copy with one field set (or cleared, when the value is empty). */
    public ReportValues with(String key, FieldValue value) {
        Map<String, FieldValue> copy = new LinkedHashMap<>(byKey);
        copy.put(key, value);
        return of(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportValues other && byKey.equals(other.byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }

    @Override
    public String toString() {
        return byKey.toString();
    }
}
