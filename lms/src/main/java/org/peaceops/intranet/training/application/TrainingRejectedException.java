package org.peaceops.intranet.training.application;

import jakarta.ejb.ApplicationException;
import org.peaceops.intranet.training.domain.TrainingRuleException;

/** A training rule refused the request; {@link #key()} names the EN/FR message to show. Rolls back. */
@ApplicationException(rollback = true)
public class TrainingRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String key;

    public TrainingRejectedException(String key, String message) {
        super(message);
        this.key = key;
    }

    TrainingRejectedException(TrainingRuleException cause) {
        super(cause.getMessage(), cause);
        this.key = cause.key();
    }

    public String key() {
        return key;
    }
}
