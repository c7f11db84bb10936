package org.peaceops.intranet.training.scorm.application;

/** What a commit did: whether the lesson (and with it the course) was completed by it. */
public record CommitOutcome(boolean lessonCompleted, boolean courseCompleted) {
}
