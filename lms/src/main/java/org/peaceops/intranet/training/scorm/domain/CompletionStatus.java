package org.peaceops.intranet.training.scorm.domain;

/** Whether the learner has gone through the SCO, in SCORM 2004's words (1.2's lesson_status maps onto it). */
public enum CompletionStatus {
    NOT_ATTEMPTED, INCOMPLETE, COMPLETED, UNKNOWN
}
