package org.peaceops.intranet.training.session.domain;

/** Columns the session list sorts by (in the database). */
public enum SessionOrder {
    STARTS, COURSE, LOCATION, STATE
}
