package org.peaceops.intranet.identity.domain;

/** Everything a person may ask to do that the access policy rules on. */
public enum Action {
    /** See a document's metadata and text, its page previews, and find it in search. */
    READ,
    DOWNLOAD,
    CREATE_DRAFT,
    EDIT_DRAFT,
    SUBMIT_FOR_VALIDATION,
    APPROVE,
    RETURN_TO_DRAFT,
    PROMULGATE,
    WITHDRAW,
    ARCHIVE,
    /** Build courses, assign training, record attendance and attestations (within a mission scope). */
    MANAGE_TRAINING,
    /** Review the Toolbox reports submitted in a mission: publish them with a classification, or return them. */
    REVIEW_REPORTS,
    /** Users, roles, missions, document types, audit trail. */
    ADMINISTER
}
