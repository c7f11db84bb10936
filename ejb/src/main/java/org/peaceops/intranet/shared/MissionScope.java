package org.peaceops.intranet.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The missions something reaches, by mission code: every mission (headquarters staff, administrators),
 * some named missions, or none at all (someone who manages no training). Says "none" and "every" in so
 * many words, so that no empty list or placeholder code has to carry either meaning.
 */
public final class MissionScope implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final MissionScope EVERY = new MissionScope(true, List.of());
    private static final MissionScope NONE = new MissionScope(false, List.of());

    private final boolean every;
    private final List<String> missions;

    private MissionScope(boolean every, List<String> missions) {
        this.every = every;
        this.missions = List.copyOf(missions);
    }

    public static MissionScope everyMission() {
        return EVERY;
    }

    public static MissionScope none() {
        return NONE;
    }

    /** The named missions; none when the list is empty. */
    public static MissionScope of(List<String> missionCodes) {
        return missionCodes.isEmpty() ? NONE : new MissionScope(false, missionCodes);
    }

    public boolean isEveryMission() {
        return every;
    }

    public boolean isNone() {
        return !every && missions.isEmpty();
    }

    /** The named missions; empty for every mission and for none (ask {@link #isEveryMission()}). */
    public List<String> missions() {
        return missions;
    }

    public boolean includes(String missionCode) {
        return every || missions.contains(missionCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MissionScope other && every == other.every && missions.equals(other.missions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(every, missions);
    }

    @Override
    public String toString() {
        return every ? "every mission" : isNone() ? "no mission" : missions.toString();
    }
}
