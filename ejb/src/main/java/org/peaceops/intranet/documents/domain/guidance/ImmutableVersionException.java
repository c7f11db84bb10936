package org.peaceops.intranet.documents.domain.guidance;

/**
 * Someone tried to change a version that has been promulgated. Published guidance is a record people
 * were trained on and acted under; changing it in place would rewrite history, so a change is a revision.
 */
public class ImmutableVersionException extends GuidanceRuleException {

    private static final long serialVersionUID = 1L;

    public ImmutableVersionException(String versionLabel, String status) {
        super("guidance.immutable", "The " + versionLabel + " is " + status
                + " and can no longer be changed; revise the document to start a new draft.");
    }
}
