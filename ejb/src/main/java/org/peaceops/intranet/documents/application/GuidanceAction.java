package org.peaceops.intranet.documents.application;

/** What an actor asks to do with guidance; the vocabulary of the {@link GuidanceAccessPolicy}. */
public enum GuidanceAction {
    BROWSE, READ, CREATE, EDIT_DRAFT, RECATALOGUE, REVISE, SUBMIT, APPROVE, RETURN_TO_DRAFT, PROMULGATE, START_REVIEW,
    WITHDRAW, ARCHIVE,
    /** Throw away an open draft (its author, or an approver of the owning mission or headquarters). */
    DISCARD_DRAFT
}
