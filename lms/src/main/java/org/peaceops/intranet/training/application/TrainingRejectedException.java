package org.peaceops.intranet.training.application;

import org.peaceops.intranet.shared.refusal.RuleBroken;
import org.peaceops.intranet.training.domain.TrainingRuleException;

/** A training rule refused the request; {@link #key()} names the EN/FR message to show. Rolls back. */
public class TrainingRejectedException extends RuleBroken {

    private static final long serialVersionUID = 1L;

    public TrainingRejectedException(String key, String message) {
        super(key, message);
    }

    TrainingRejectedException(TrainingRuleException cause) {
        super(cause.key(), cause.getMessage(), cause, cause.arguments().toArray());
        if (cause.field() != null) {
            onField(cause.field());
        }
    }
}
