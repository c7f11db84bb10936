package org.peaceops.intranet.documents.domain.audit;

/**
 * What was done. Stored by name, so constants may be added but never renamed (old lines keep theirs);
 * downloads and deletions join this list when those features arrive.
 */
public enum AuditAction {
    DOCUMENT_CREATED, DOCUMENT_RECATALOGUED, VERSION_CREATED, VERSION_EDITED, FILE_ATTACHED, LIFECYCLE_TRANSITION,
    VERSION_DOWNLOADED,
    // workflow and administration (issue 5): the taxonomy of document types and thematic areas
    TAXONOMY_ENTRY_CREATED, TAXONOMY_ENTRY_RENAMED, TAXONOMY_ENTRY_DEACTIVATED, TAXONOMY_ENTRY_REACTIVATED
}
