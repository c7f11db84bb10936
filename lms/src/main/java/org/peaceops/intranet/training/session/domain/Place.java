package org.peaceops.intranet.training.session.domain;

/** Where an enrolled person stands: in one of the seats, or on the waiting list. */
public enum Place {
    SEAT, WAITING
}
