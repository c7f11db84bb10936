package org.peaceops.intranet.training.session.application;

/** A published classroom or blended course a trainer may schedule a session of. */
public record CourseChoice(long id, String code, String title) {
}
