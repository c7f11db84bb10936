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

    /**
     * One page of the board: recommendations of published reports {@code reader} may read that meet
     * {@code criteria}, ordered by {@code sort} (then by id).
     */
    List<TrackedRecommendation> board(BoardCriteria criteria, BoardReader reader, BoardSort sort, boolean ascending,
            int first, int max);

    /** How many recommendations {@link #board} has in all for these criteria and this reader. */
    long count(BoardCriteria criteria, BoardReader reader);

    Recommendation store(Recommendation recommendation);

    /** Removes one its author withdrew while the report was being written (it was never decided). */
    void remove(Recommendation recommendation);
}
