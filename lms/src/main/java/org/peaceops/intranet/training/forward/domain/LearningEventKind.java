package org.peaceops.intranet.training.forward.domain;

/** What a learner did on a mission node, as forwarded to headquarters. */
public enum LearningEventKind {
    /** A lesson gone through (or a SCORM lesson its package reported satisfied). */
    LESSON_DONE,
    /** A quiz attempt submitted and scored. */
    QUIZ_SUBMITTED,
    /** A course version completed: headquarters records the completion and its certificate. */
    COMPLETED
}
