package org.peaceops.intranet.documents.domain.guidance;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who is looking at the library, as the listing query needs it to leave out what they may not read:
 * the same rules as the access policy (published guidance for everyone, confidential only within its
 * mission or from headquarters, work in preparation for its author, approvers and administrators).
 */
public final class Readership implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * How much work in preparation (and guidance no longer in force) the reader sees besides their own
     * versions; {@code SUBMITTED_AND_LATER} (approvers) applies within the reader's mission, or every
     * mission when {@link #everyMission()}.
     */
    public enum Preparation { NONE, SUBMITTED_AND_LATER, ALL }

    private final String subject;
    private final String mission;
    private final boolean everyMission;
    private final Preparation preparation;

    public Readership(String subject, String mission, boolean everyMission, Preparation preparation) {
        this.subject = Objects.requireNonNull(subject);
        this.mission = Objects.requireNonNull(mission);
        this.everyMission = everyMission;
        this.preparation = Objects.requireNonNull(preparation);
    }

    /** The system (timers, imports): sees everything. */
    public static Readership everything() {
        return new Readership("system", "HQ", true, Preparation.ALL);
    }

    public String subject() {
        return subject;
    }

    public String mission() {
        return mission;
    }

    public boolean everyMission() {
        return everyMission;
    }

    public Preparation preparation() {
        return preparation;
    }
}
