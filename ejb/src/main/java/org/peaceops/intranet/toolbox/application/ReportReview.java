package org.peaceops.intranet.toolbox.application;

import java.util.List;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;

/**
 * The review of submitted reports by their mission's Best Practices Officer (the access policy's
 * REVIEW_REPORTS): publish with a classification, or return to the author with a reason. Every step is
 * audited; a report of another mission is not found, so that its existence is not given away.
 */
public interface ReportReview {

    /** The reports of the caller's mission waiting for review, oldest submission first. */
    List<ReviewItem> queue(Caller caller);

    void publish(Caller caller, long reportId, Classification classification);

    void returnToAuthor(Caller caller, long reportId, String reason);
}
