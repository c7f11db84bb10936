package org.peaceops.intranet.shared.audit;


/**
 * What was done. Stored by name, so constants may be added but never renamed (old lines keep theirs);
 * downloads and deletions join this list when those features arrive.
 */
public enum AuditAction {
    DOCUMENT_CREATED, DOCUMENT_RECATALOGUED, VERSION_CREATED, VERSION_EDITED, FILE_ATTACHED, LIFECYCLE_TRANSITION,
    VERSION_DOWNLOADED,
    // Guidance lifecycle: a re-filing proposed on a draft (effective at promulgation); a draft thrown away.
    REFILING_PROPOSED, DRAFT_DISCARDED,
    // Identity administration (keycloak-admin-client), with before/after in the detail.
    ACCOUNT_CREATED, ACCOUNT_ENABLED, ACCOUNT_DISABLED, ACCOUNT_ROLES_CHANGED, ACCOUNT_MOVED, ACCOUNT_ACTIONS_EMAILED,
    ACCOUNT_PASSWORD_SET, ACCOUNT_CHANGE_INCOMPLETE, MISSION_CREATED, DIRECTORY_SYNCED,
    // Search: an administrator asked for the whole index to be rebuilt.
    SEARCH_REINDEX_REQUESTED,
    // Ingest: a file refused at upload, a text extraction finished (with its outcome).
    UPLOAD_REJECTED, TEXT_EXTRACTION_FINISHED,
    // workflow and administration: the taxonomy of document types and thematic areas
    TAXONOMY_ENTRY_CREATED, TAXONOMY_ENTRY_RENAMED, TAXONOMY_ENTRY_DEACTIVATED, TAXONOMY_ENTRY_REACTIVATED,
    /** An administrator exported audit lines (branch previews): reading the trail in bulk is itself audited. */
    AUDIT_EXPORTED,
    // Training records a trainer changed by hand (the learner's own progress is recorded in training).
    TRAINING_ATTENDANCE_RECORDED, TRAINING_ASSIGNMENT_CANCELLED, TRAINING_ASSIGNMENT_EXTENDED,
    // A trainer recorded (or corrected) when someone arrived in the mission: the induction due dates follow it.
    TRAINING_ARRIVAL_RECORDED,
    // A person attested before their first sign-in was recognised by their personnel number at sign-in.
    TRAINING_LEARNER_RECOGNISED,
    // Pre-deployment attestations: a batch stored for verification, then verified or rejected by a second trainer.
    TRAINING_ATTESTATIONS_IMPORTED, TRAINING_ATTESTATIONS_VERIFIED, TRAINING_ATTESTATIONS_REJECTED,
    // Refreshers owed after a guidance revision, assigned by a trainer (confirm mode).
    TRAINING_REFRESHERS_CONFIRMED,
    // In-mission sessions: scheduled or changed, people enrolled or withdrawn by a trainer, attendance and its
    // signed sheet, a cancellation.
    TRAINING_SESSION_SCHEDULED, TRAINING_SESSION_CHANGED, TRAINING_SESSION_ENROLLED, TRAINING_SESSION_WITHDRAWN,
    TRAINING_SESSION_ATTENDANCE, TRAINING_SESSION_SHEET_ATTACHED, TRAINING_SESSION_CANCELLED,
    // Toolbox reports: filed (submitted), then published with a classification or returned by the mission's officer.
    TOOLBOX_REPORT_SUBMITTED, TOOLBOX_REPORT_PUBLISHED, TOOLBOX_REPORT_RETURNED,
    // Toolbox recommendations on the board: accepted, rejected with a reason, implemented with evidence.
    TOOLBOX_RECOMMENDATION_ACCEPTED, TOOLBOX_RECOMMENDATION_REJECTED, TOOLBOX_RECOMMENDATION_IMPLEMENTED,
    // The chain: a recommendation turned into a guidance drafting request, or tied to existing guidance.
    TOOLBOX_RECOMMENDATION_DRAFTING_REQUESTED, TOOLBOX_RECOMMENDATION_LINKED,
    // Communities of practice: founded, joined, a moderator appointed; questions and answers written and
    // moderated, documents linked, a question raised for guidance (a recommendation to the policy office).
    COMMUNITY_CREATED, COMMUNITY_JOINED, COMMUNITY_MODERATOR_APPOINTED, COMMUNITY_QUESTION_ASKED,
    COMMUNITY_QUESTION_APPROVED, COMMUNITY_QUESTION_REJECTED, COMMUNITY_ANSWER_GIVEN, COMMUNITY_ANSWER_APPROVED,
    COMMUNITY_ANSWER_REJECTED, COMMUNITY_DOCUMENT_LINKED, COMMUNITY_GUIDANCE_REQUESTED,
    // SCORM lessons: a package imported into a lesson (checked and kept), a package version published.
    TRAINING_SCORM_IMPORTED, TRAINING_SCORM_PUBLISHED,
    // a request to the mission nodes' files channel without a valid node credential (headquarters)
    NODE_CREDENTIAL_REFUSED,
    // Sign-ins, both modes; a demo sign-in refused after repeated failures.
    SIGN_IN_SUCCEEDED, SIGN_IN_FAILED, SIGN_IN_THROTTLED
}
