package org.peaceops.intranet.training.domain;

/** Why an assignment exists: a trainer's choice, a rule, a certificate nearing expiry, revised guidance. */
public enum AssignmentOrigin {
    TRAINER, RULE, RECERTIFICATION, GUIDANCE_REVISED
}
