package org.peaceops.intranet.documents.domain.guidance;

/**
 * A rule of the guidance domain was broken. The message is written for the person who tried (the web
 * layer shows it as is until the bundles carry it); the key names the rule for the EN/FR bundles.
 */
public class GuidanceRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public GuidanceRuleException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** A stable name of the broken rule, such as {@code guidance.commentRequired}. */
    public String getKey() {
        return key;
    }
}
