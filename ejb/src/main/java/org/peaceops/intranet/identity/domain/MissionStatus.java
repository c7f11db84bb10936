package org.peaceops.intranet.identity.domain;

/** Whether a mission still runs; a closed mission keeps its records but takes no new people. */
public enum MissionStatus {
    ACTIVE, CLOSED
}
