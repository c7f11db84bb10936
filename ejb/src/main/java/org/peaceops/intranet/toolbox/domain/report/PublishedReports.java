package org.peaceops.intranet.toolbox.domain.report;

import java.time.Instant;
import java.util.List;

/** Published reports read in bulk: for the search index and for trends across the Toolbox. */
public interface PublishedReports {

    /** Published reports with ids after {@code afterId}, in id order, at most {@code max}. */
    List<ToolboxReport> after(long afterId, int max);

    /** Reports published in {@code [from, to)}, oldest first. */
    List<ToolboxReport> publishedBetween(Instant from, Instant to);
}
