package org.peaceops.intranet.toolbox.application;

import java.time.LocalDate;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;

/** A recommendation as its author types it on the report form: what, to whom, how urgent, by when. */
public record RecommendationProposal(String text, String office, Priority priority, LocalDate dueDate) {

    /** A row of the form left untouched: not a recommendation, and no problem either. */
    public boolean isBlank() {
        return (text == null || text.isBlank()) && (office == null || office.isBlank());
    }
}
