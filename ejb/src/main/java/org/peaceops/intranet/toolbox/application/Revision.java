package org.peaceops.intranet.toolbox.application;

import java.util.List;
import java.util.Optional;
import org.peaceops.intranet.toolbox.domain.definition.ReportValues;

/**
 * A report of the caller's that they may change and submit again, as the form needs it: the form of the
 * definition version it was written with (never the type's newer one), what it says now, its
 * recommendations, and why the reviewer returned it.
 */
public record Revision(long id, ReportForm form, String title, ReportValues values,
        List<RecommendationProposal> recommendations, Optional<String> returnReason) {

    public Revision {
        recommendations = List.copyOf(recommendations);
    }
}
