package org.peaceops.intranet.training.domain;

import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * A training rule refused a change (a published version edited, an attempt beyond the limit, a
 * cancellation without a reason). {@link #key()} names the EN/FR message the person is shown.
 */
public class TrainingRuleException extends RuleBroken {

    private static final long serialVersionUID = 1L;

    public TrainingRuleException(String key, String message) {
        super(key, message);
    }

    /** With the values the message names (a limit, a person). */
    public TrainingRuleException(String key, String message, Object... arguments) {
        super(key, message, arguments);
    }
}
