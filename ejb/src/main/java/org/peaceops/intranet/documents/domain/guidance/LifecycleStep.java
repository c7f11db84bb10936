package org.peaceops.intranet.documents.domain.guidance;

/**
 * The steps a person takes on a version of a document, and which of them must say why: a rejection
 * (return to draft), a withdrawal and a discarded draft leave the author and later readers a reason.
 */
public enum LifecycleStep {
    SUBMIT(false), APPROVE(false), RETURN_TO_DRAFT(true), PROMULGATE(false), WITHDRAW(true), ARCHIVE(false),
    DISCARD_DRAFT(true), REVISE(false);

    private final boolean reasonRequired;

    LifecycleStep(boolean reasonRequired) {
        this.reasonRequired = reasonRequired;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }
}
