package org.peaceops.intranet.toolbox.application;

import java.util.List;
import org.peaceops.intranet.shared.Caller;

/**
 * The chain lesson, recommendation, guidance, navigable both ways. The report's mission's Best Practices
 * Officer (or an administrator) turns a recommendation into a guidance drafting request, which starts a
 * new draft in the documents context pre-filled from it, or ties it to guidance that already exists. Both
 * name the row version the person saw, like the other decisions, and both are audited. Readers then see,
 * on a report, what became of each recommendation, and on a guidance document, the lessons behind it:
 * only from reports they may open.
 */
public interface GuidanceChain {

    /** The drafting request as the form starts it, pre-filled from the recommendation and its report. */
    DraftingRequest proposeDrafting(Caller caller, long recommendationId);

    /**
     * Starts the guidance draft and links the recommendation to its version 1. Needs a decider who may
     * also draft guidance; a recommendation that already leads to guidance is refused.
     *
     * @return the new guidance document's id
     */
    long requestDrafting(Caller caller, long recommendationId, long seenVersion, DraftingRequest request);

    /** Ties the recommendation to a guidance version the caller may read (replacing an earlier link). */
    void linkExisting(Caller caller, long recommendationId, long seenVersion, long documentId, int versionNumber);

    /** Whether the caller may start guidance drafts at all: the report page offers the request only then. */
    boolean mayDraft(Caller caller);

    /** What became of each recommendation of a report the caller may read, in the report's order. */
    List<RecommendationOutcome> outcomes(Caller caller, long reportId);

    /** The recommendations that led to a guidance document, from the reports the caller may read. */
    List<LessonBehind> lessonsBehind(Caller caller, long documentId);
}
