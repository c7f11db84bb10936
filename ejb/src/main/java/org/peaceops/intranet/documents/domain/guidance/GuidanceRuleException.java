package org.peaceops.intranet.documents.domain.guidance;

import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * A rule of the guidance domain was broken. The message is written for the person who tried (shown as
 * is while the bundles lack the key); {@link #key()} names the rule for the EN/FR bundles.
 */
public class GuidanceRuleException extends RuleBroken {

    private static final long serialVersionUID = 1L;

    public GuidanceRuleException(String key, String message) {
        super(key, message);
    }
}
