package org.peaceops.intranet.documents.domain.audit;

/**
 * What was done. Stored by name, so constants may be added but never renamed (old lines keep theirs);
 * downloads and deletions join this list when those features arrive.
 */
public enum AuditAction {
    DOCUMENT_CREATED, DOCUMENT_RECATALOGUED, VERSION_CREATED, VERSION_EDITED, FILE_ATTACHED, LIFECYCLE_TRANSITION,
    VERSION_DOWNLOADED,
    /** An administrator exported audit lines (branch previews): reading the trail in bulk is itself audited. */
    AUDIT_EXPORTED
}
