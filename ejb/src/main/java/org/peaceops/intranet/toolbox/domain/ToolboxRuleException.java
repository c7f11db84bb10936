package org.peaceops.intranet.toolbox.domain;

import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * A Toolbox rule was broken by the person acting. The key names the rule for the EN/FR bundles, the
 * arguments fill its placeholders; the message is English for logs and for callers without bundles.
 */
public class ToolboxRuleException extends RuleBroken {

    private static final long serialVersionUID = 1L;

    public ToolboxRuleException(String key, String message, Object... arguments) {
        super(key, message, arguments);
    }
}
