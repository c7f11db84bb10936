package org.peaceops.intranet.training.attestation.domain;

import java.time.LocalDate;

/** What makes two attestations the same: one person, one course, one completion day. */
public record AttestationKey(String personId, long courseId, LocalDate completedOn) {
}
