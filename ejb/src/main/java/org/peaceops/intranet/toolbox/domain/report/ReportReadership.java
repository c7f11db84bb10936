package org.peaceops.intranet.toolbox.domain.report;

import java.util.Optional;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.shared.MissionCode;

/**
 * Who may read a published report, as the access policy asks it. Drafts and submitted reports are not
 * covered here: they are for their author and the reviewer of their mission only.
 */
public sealed interface ReportReadership {

    MissionCode mission();

    /** Read like guidance: the classification, with role and mission, decides (the access policy's rule). */
    record ByClassification(Classification classification, MissionCode mission) implements ReportReadership {
    }

    /**
     * A handover note: the post's successor, once named, and the people of the report's mission, and no
     * one else whatever their role or the classification.
     */
    record SuccessorAndMission(MissionCode mission, Optional<String> successor) implements ReportReadership {

        public boolean admits(String subject, MissionCode readerMission) {
            return mission.equals(readerMission) || successor.map(s -> s.equals(subject)).orElse(false);
        }
    }
}
