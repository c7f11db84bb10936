package org.peaceops.intranet.toolbox.application;

import java.time.Instant;

/** A report waiting in a mission's review queue: what the officer needs to pick it up. */
public record ReviewItem(long id, String typeCode, String title, String author, Instant submittedAt,
        boolean handover) {
}
