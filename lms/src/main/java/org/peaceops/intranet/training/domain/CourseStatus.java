package org.peaceops.intranet.training.domain;

/** A course is visible to learners only once published; retired courses keep their records. */
public enum CourseStatus {
    DRAFT, PUBLISHED, RETIRED
}
