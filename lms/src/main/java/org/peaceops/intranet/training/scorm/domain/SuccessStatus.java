package org.peaceops.intranet.training.scorm.domain;

/** Whether the learner mastered the SCO, in SCORM 2004's words (1.2's lesson_status maps onto it). */
public enum SuccessStatus {
    PASSED, FAILED, UNKNOWN
}
