package org.peaceops.intranet.toolbox.application;

import org.peaceops.intranet.shared.Caller;

/**
 * The recommendations board: every recommendation of the published reports the caller may read, filtered,
 * ordered and paged, with an overdue view; and the decisions on them, taken by the report's mission's
 * Best Practices Officer (or an administrator). Each decision names the row version the person saw: if
 * someone else acted first, it is refused as a conflict and nothing changes. Every decision is audited.
 */
public interface RecommendationBoard {

    BoardPage list(Caller caller, BoardQuery query);

    void accept(Caller caller, long recommendationId, long seenVersion);

    void reject(Caller caller, long recommendationId, long seenVersion, String reason);

    void implement(Caller caller, long recommendationId, long seenVersion, String evidence);
}
