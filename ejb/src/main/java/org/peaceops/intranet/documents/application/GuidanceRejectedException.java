package org.peaceops.intranet.documents.application;

import org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException;
import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * A guidance rule refused the request (four-eyes, forbidden transition, immutable version, invalid
 * field, ...), as the services hand it to their callers: the domain's key, message and field, the
 * transaction rolled back.
 */
public class GuidanceRejectedException extends RuleBroken {

    private static final long serialVersionUID = 1L;

    public GuidanceRejectedException(GuidanceRuleException cause) {
        super(cause.key(), cause.getMessage(), cause, cause.arguments().toArray());
        if (cause.field() != null) {
            onField(cause.field());
        }
    }
}
