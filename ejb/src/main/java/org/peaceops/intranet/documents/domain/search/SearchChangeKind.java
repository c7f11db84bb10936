package org.peaceops.intranet.documents.domain.search;

/** Why a document must be re-indexed; stored by name. */
public enum SearchChangeKind {
    CREATED, METADATA_CHANGED, CONTENT_CHANGED, STATUS_CHANGED, DELETED
}
