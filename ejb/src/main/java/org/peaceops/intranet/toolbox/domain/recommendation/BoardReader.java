package org.peaceops.intranet.toolbox.domain.recommendation;

import java.util.Objects;
import org.peaceops.intranet.shared.MissionCode;

/**
 * Who looks at the board, as far as which reports' recommendations they see: those of published reports
 * they may read (the access policy's rule for a published report, applied in the query so that counts
 * and pages are trimmed before they are cut): every non-confidential report, the confidential ones of
 * their mission (all of them at headquarters) and their own, and handover notes of their mission or
 * naming them as successor.
 */
public record BoardReader(String subject, MissionCode mission, boolean headquarters) {

    public BoardReader {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(mission, "mission");
    }
}
