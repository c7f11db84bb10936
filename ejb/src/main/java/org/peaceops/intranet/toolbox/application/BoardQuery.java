package org.peaceops.intranet.toolbox.application;

import org.peaceops.intranet.toolbox.domain.recommendation.BoardSort;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;

/**
 * What the board is asked for: filters (each null when not applied; the mission by its code, the office
 * by part of its name), the overdue view, the order, and the page.
 */
public record BoardQuery(RecommendationStatus status, String mission, Priority priority, String office,
        boolean overdueOnly, BoardSort sort, boolean ascending, int first, int pageSize) {

    public BoardQuery {
        sort = sort == null ? BoardSort.DUE_DATE : sort;
        first = Math.max(0, first);
        pageSize = Math.max(1, Math.min(pageSize, 100));
    }
}
