package org.peaceops.intranet.toolbox.application.trends;

import org.peaceops.intranet.shared.Caller;

/**
 * Trends across published Toolbox reports, which set the priorities for new guidance: for Best Practices
 * Officers, approvers and administrators. Every figure counts only reports the caller may open.
 */
public interface TrendsAnalysis {

    TrendReport trends(Caller caller, TrendQuery query);
}
