package org.peaceops.intranet.toolbox.domain.definition;

/**
 * Who may read a published report of a type. Most reports are read according to the classification the
 * reviewer gives them; a handover note is written for one person, the post's successor, and stays within
 * the mission.
 */
public enum ReportAudience {
    /** The classification given at publication decides, with role and mission, as for guidance. */
    BY_CLASSIFICATION,
    /** Only the named successor and the report's mission, whatever the role. */
    SUCCESSOR_AND_MISSION
}
