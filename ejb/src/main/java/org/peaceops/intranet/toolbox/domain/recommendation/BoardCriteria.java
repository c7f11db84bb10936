package org.peaceops.intranet.toolbox.domain.recommendation;

import java.time.LocalDate;
import org.peaceops.intranet.shared.MissionCode;

/**
 * The board's filters, each null when not applied: a status, the report's mission, a priority, part of
 * the office's name, and {@code overdueOn} for the overdue view (still owed an action, due before that day).
 */
public record BoardCriteria(RecommendationStatus status, MissionCode mission, Priority priority, String office,
        LocalDate overdueOn) {

    public static BoardCriteria none() {
        return new BoardCriteria(null, null, null, null, null);
    }
}
