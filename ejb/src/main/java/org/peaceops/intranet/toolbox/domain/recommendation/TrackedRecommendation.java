package org.peaceops.intranet.toolbox.domain.recommendation;

import org.peaceops.intranet.shared.MissionCode;

/** A recommendation on the board with what the board shows of its report: title, mission and author. */
public record TrackedRecommendation(Recommendation recommendation, String reportTitle, MissionCode mission,
        String reportAuthor) {
}
