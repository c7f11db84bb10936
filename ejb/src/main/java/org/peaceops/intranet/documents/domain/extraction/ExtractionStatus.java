package org.peaceops.intranet.documents.domain.extraction;

/** Where a file's text extraction stands; stored by name. */
public enum ExtractionStatus {
    /** Queued or running. */
    PENDING,
    /** Text extracted (possibly cut at the size limit, see the reason). */
    EXTRACTED,
    /** The file is accepted but has no searchable text (encrypted, an image, nothing inside). */
    NO_TEXT,
    /** Extraction broke off: damaged file, hostile content, time limit. The file stays downloadable. */
    FAILED;

    public boolean finished() {
        return this != PENDING;
    }
}
