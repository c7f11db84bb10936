package org.peaceops.intranet.documents.domain.guidance;

/** Someone who wrote or changed a version tried to approve it: guidance needs a second person's validation (DOMAIN.md). */
public class FourEyesViolationException extends GuidanceRuleException {

    private static final long serialVersionUID = 1L;

    public FourEyesViolationException(String versionLabel) {
        this(versionLabel, true);
    }

    /** @param author whether the person wrote the version, rather than changed someone else's draft */
    public FourEyesViolationException(String versionLabel, boolean author) {
        super("guidance.fourEyes", "You " + (author ? "wrote" : "changed") + " the " + versionLabel
                + ", so you cannot approve it: another approver must validate it (four-eyes rule).");
    }
}
