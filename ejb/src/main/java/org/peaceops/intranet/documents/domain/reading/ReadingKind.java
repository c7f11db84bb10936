package org.peaceops.intranet.documents.domain.reading;

/** What a reader did with a document: looked at its page (with its previews) or downloaded its file. */
public enum ReadingKind {
    VIEW, DOWNLOAD
}
