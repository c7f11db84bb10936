package org.peaceops.intranet.documents.domain.guidance;

/** The author of a version tried to approve it: guidance needs a second person's validation (DOMAIN.md). */
public class FourEyesViolationException extends GuidanceRuleException {

    private static final long serialVersionUID = 1L;

    public FourEyesViolationException(String versionLabel) {
        super("guidance.fourEyes", "You wrote the " + versionLabel
                + ", so you cannot approve it: another approver must validate it (four-eyes rule).");
    }
}
