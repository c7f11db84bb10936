package org.peaceops.intranet.toolbox.domain.recommendation;

import java.util.Objects;
import org.peaceops.intranet.shared.MissionCode;

/**
 * Who acts on a recommendation, as the recommendation's rules need to know them: the person, their
 * mission, and whether they are a Best Practices Officer (who decides for their own mission) or an
 * administrator (who decides for every mission, e.g. while a mission has no officer).
 */
public record Decider(String subject, MissionCode mission, boolean officer, boolean administrator) {

    public Decider {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(mission, "mission");
    }

    public static Decider officerOf(MissionCode mission, String subject) {
        return new Decider(subject, mission, true, false);
    }

    public static Decider administrator(MissionCode mission, String subject) {
        return new Decider(subject, mission, false, true);
    }

    /** Whether they decide on the recommendations of a report of {@code reportMission}. */
    public boolean decidesIn(MissionCode reportMission) {
        return administrator || (officer && mission.equals(reportMission));
    }
}
