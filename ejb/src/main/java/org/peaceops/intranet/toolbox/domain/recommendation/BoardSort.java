package org.peaceops.intranet.toolbox.domain.recommendation;

/** What the recommendations board is ordered by (then by id, so that paging is stable). */
public enum BoardSort {
    DUE_DATE, PRIORITY, STATUS, MISSION, OFFICE, CREATED
}
