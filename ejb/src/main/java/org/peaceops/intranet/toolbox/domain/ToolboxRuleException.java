package org.peaceops.intranet.toolbox.domain;

import java.util.List;

/**
 * A Toolbox rule was broken by the person acting. The key names the rule for the EN/FR bundles, the
 * parameters fill its placeholders; the message is English for logs and for callers without bundles.
 */
public class ToolboxRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> parameters;

    public ToolboxRuleException(String key, String message, Object... parameters) {
        super(message);
        this.key = key;
        this.parameters = List.of(parameters);
    }

    /** A stable name of the broken rule, such as {@code toolbox.report.fourEyes}. */
    public String getKey() {
        return key;
    }

    public List<Object> getParameters() {
        return parameters;
    }
}
