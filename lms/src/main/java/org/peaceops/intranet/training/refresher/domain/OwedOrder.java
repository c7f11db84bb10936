package org.peaceops.intranet.training.refresher.domain;

/** The orders the owed list offers (each with a stable tie-break in the query). */
public enum OwedOrder {
    NAME, MISSION, CATEGORY, COURSE, SINCE, DUE
}
