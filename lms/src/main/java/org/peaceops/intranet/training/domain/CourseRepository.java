package org.peaceops.intranet.training.domain;

/** Where courses are kept. */
public interface CourseRepository {

    long countByStatus(CourseStatus status);
}
