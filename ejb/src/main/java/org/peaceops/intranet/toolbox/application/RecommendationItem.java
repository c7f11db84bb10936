package org.peaceops.intranet.toolbox.application;

import java.time.LocalDate;
import java.util.Optional;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.Recommendation;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;

/**
 * A recommendation as a page lists it: what it says, to whom, how urgent, by when, what became of it,
 * and the row version it was read at (a decision taken on it names that version).
 */
public record RecommendationItem(long id, long reportId, String text, String office, Priority priority,
        Optional<LocalDate> dueDate, RecommendationStatus status, Optional<String> decisionNote, boolean overdue,
        long rowVersion) {

    public static RecommendationItem of(Recommendation r, LocalDate today) {
        return new RecommendationItem(r.getId(), r.reportId(), r.text(), r.office(), r.priority(), r.dueDate(),
                r.status(), r.decisionNote(), r.isOverdue(today), r.rowVersion());
    }
}
