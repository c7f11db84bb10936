package org.peaceops.intranet.documents.application.preview;

/** A page image that cannot be given, with the reason to tell the reader (never an error page). */
public class PreviewUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final NoPreviewReason reason;

    public PreviewUnavailableException(NoPreviewReason reason) {
        super("No preview: " + reason);
        this.reason = reason;
    }

    public NoPreviewReason reason() {
        return reason;
    }
}
