package org.peaceops.intranet.documents.application;

import jakarta.ejb.ApplicationException;
import org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException;

/**
 * A guidance rule refused the request (four-eyes, forbidden transition, immutable version, invalid
 * field, ...). An application exception, so callers receive it as is, with the domain's message and
 * key, instead of an EJBException, and the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class GuidanceRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public GuidanceRejectedException(GuidanceRuleException cause) {
        super(cause.getMessage(), cause);
        this.key = cause.getKey();
    }

    /** The broken rule's bundle key, such as {@code guidance.fourEyes}. */
    public String getKey() {
        return key;
    }
}
