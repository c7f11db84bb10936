package org.peaceops.intranet.training.domain;

/**
 * A training rule refused a change (a published version edited, an attempt beyond the limit, a
 * cancellation without a reason). {@code key} names the EN/FR message the person is shown.
 */
public class TrainingRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String key;

    public TrainingRuleException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The message bundle key, e.g. {@code training.error.published}. */
    public String key() {
        return key;
    }
}
