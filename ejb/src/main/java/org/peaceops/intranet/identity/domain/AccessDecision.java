package org.peaceops.intranet.identity.domain;

import java.util.Objects;

/** The policy's answer, with the reason a person (or the audit trail) can be told. */
public final class AccessDecision {

    private final boolean allowed;
    private final String reason;

    private AccessDecision(boolean allowed, String reason) {
        this.allowed = allowed;
        this.reason = Objects.requireNonNull(reason);
    }

    public static AccessDecision allow(String reason) {
        return new AccessDecision(true, reason);
    }

    public static AccessDecision deny(String reason) {
        return new AccessDecision(false, reason);
    }

    public boolean allowed() {
        return allowed;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return (allowed ? "allowed: " : "denied: ") + reason;
    }
}
