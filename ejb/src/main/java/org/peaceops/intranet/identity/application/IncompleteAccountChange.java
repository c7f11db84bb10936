package org.peaceops.intranet.identity.application;

import jakarta.ejb.ApplicationException;
import org.peaceops.intranet.shared.refusal.Refusal;

/**
 * A change of several steps stopped half-way (e.g. the account was created but its roles could not be
 * set). Says which account and which step, so the screen can report it and offer to finish it: never a
 * silently half-done change. What was done and audited before it stays: no rollback.
 */
@ApplicationException(rollback = false)
public class IncompleteAccountChange extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String accountId;
    private final String failedStep;

    public IncompleteAccountChange(String accountId, String failedStep, RuntimeException cause) {
        super("admin.directory.incomplete", "Account " + accountId + ": " + failedStep + " failed: " + cause.getMessage(),
                cause, failedStep);
        this.accountId = accountId;
        this.failedStep = failedStep;
    }

    /** Half-done because a step could not be done now: the directory is what is unavailable. */
    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }

    public String accountId() {
        return accountId;
    }

    public String failedStep() {
        return failedStep;
    }
}
