package org.peaceops.intranet.training.refresher.domain;

import java.util.List;

/**
 * Which owed refreshers to list: those of people in {@code missions} (empty: every mission), optionally of
 * one mission and one personnel category; completed ones never.
 */
public record OwedFilter(List<String> missions, String mission, String category) {

    public OwedFilter {
        missions = List.copyOf(missions);
        mission = blankToNull(mission);
        category = blankToNull(category);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
