package org.peaceops.intranet.training.scorm.application;

import java.math.BigDecimal;

/** One learner's standing on a course's SCORM lessons, for the roster. */
public record RosterScorm(String learnerSubject, String status, BigDecimal scorePercent, int attempts,
        long seconds) implements java.io.Serializable {

    /** The e-learning columns of a roster file: status (as coded), best score %, visits, time (h:mm). */
    public java.util.List<Object> cells() {
        return java.util.List.of(status, scorePercent == null ? "" : scorePercent, attempts, time());
    }

    /** The time spent, as h:mm. */
    public String time() {
        return seconds / 3600 + ":" + String.format("%02d", seconds % 3600 / 60);
    }
}
