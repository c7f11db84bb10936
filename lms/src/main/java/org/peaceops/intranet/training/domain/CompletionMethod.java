package org.peaceops.intranet.training.domain;

/**
 * How a completion was earned: lessons and a passed quiz online, attendance a trainer recorded, or a
 * pre-deployment attestation (training given elsewhere) that a second trainer verified.
 */
public enum CompletionMethod {
    E_LEARNING, ATTENDANCE, ATTESTATION
}
