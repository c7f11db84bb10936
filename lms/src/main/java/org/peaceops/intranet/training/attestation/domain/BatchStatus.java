package org.peaceops.intranet.training.attestation.domain;

/** A batch waits for a second trainer, who verifies it (its lines become records) or rejects it. */
public enum BatchStatus {
    PENDING, VERIFIED, REJECTED
}
