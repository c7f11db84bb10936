package org.peaceops.intranet.identity.application;

import jakarta.ejb.ApplicationException;

/**
 * A change of several steps stopped half-way (e.g. the account was created but its roles could not be
 * set). Says which account and which step, so the screen can report it and offer to finish it: never a
 * silently half-done change.
 */
@ApplicationException(rollback = false)
public class IncompleteAccountChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String accountId;
    private final String failedStep;

    public IncompleteAccountChange(String accountId, String failedStep, RuntimeException cause) {
        super("Account " + accountId + ": " + failedStep + " failed: " + cause.getMessage(), cause);
        this.accountId = accountId;
        this.failedStep = failedStep;
    }

    public String accountId() {
        return accountId;
    }

    public String failedStep() {
        return failedStep;
    }
}
