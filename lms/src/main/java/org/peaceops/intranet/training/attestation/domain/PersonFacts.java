package org.peaceops.intranet.training.attestation.domain;

/** A person training already knows, as the check needs them: identifier and mission. */
public record PersonFacts(String id, String mission) {
}
