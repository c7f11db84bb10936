package org.peaceops.intranet.training.domain;

/** How a course is delivered; classroom delivery is completed by attendance a trainer records. */
public enum DeliveryMode {
    E_LEARNING, CLASSROOM, BLENDED
}
