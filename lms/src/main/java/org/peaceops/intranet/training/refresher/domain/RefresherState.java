package org.peaceops.intranet.training.refresher.domain;

/**
 * Where an owed refresher stands: the course still teaches the old text, the updated course waits for a
 * trainer's confirmation (confirm mode), the refresher is assigned, or the person completed a version
 * teaching the guidance now in force.
 */
public enum RefresherState {
    WAITING_FOR_COURSE, WAITING_FOR_CONFIRMATION, ASSIGNED, COMPLETED;

    /** Still owed: shown to trainers, and blocking a second record for the same person and course. */
    public boolean open() {
        return this != COMPLETED;
    }
}
