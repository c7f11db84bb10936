package org.peaceops.intranet.documents.application.preview;

/** Why a version shows no page images; each has a sentence in the message bundles ({@code preview.none.*}). */
public enum NoPreviewReason {
    /** The version has no file yet. */
    NO_FILE,
    /** Not a PDF nor plain text: the page shows the extracted text instead. */
    NOT_PAGED,
    /** The PDF needs a password. */
    ENCRYPTED,
    /** The PDF is damaged, truncated or has no pages. */
    UNREADABLE,
    /** Drawing the pages took too long or too much memory (a hostile or pathological file). */
    TOO_COMPLEX,
    /** Every preview worker stayed busy for the whole wait: try again shortly. */
    BUSY,
    /** The document has fewer pages. */
    NO_SUCH_PAGE
}
