package org.peaceops.intranet.toolbox.domain.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Recommendations, by report and across reports for tracking. */
public interface RecommendationRepository {

    Optional<Recommendation> find(long id);

    /** A report's recommendations in the order the author gave them. */
    List<Recommendation> ofReport(long reportId);

    /** Pending recommendations of published reports whose due date is before {@code today}, most overdue first. */
    List<Recommendation> overdue(LocalDate today);

    /** The recommendations that led to a guidance document: "lessons behind this guidance". */
    List<Recommendation> behindGuidance(long guidanceDocumentId);

    Recommendation store(Recommendation recommendation);
}
