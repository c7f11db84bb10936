package org.peaceops.intranet.documents.application.preview;

import jakarta.ejb.ApplicationException;
import org.peaceops.intranet.shared.refusal.Unavailable;

/**
 * A page image that cannot be given, with the reason to tell the reader (never an error page). What was
 * remembered about the file before it (that it cannot be drawn) stays remembered: no rollback.
 */
@ApplicationException(rollback = false)
public class PreviewUnavailableException extends Unavailable {

    private static final long serialVersionUID = 1L;

    private final NoPreviewReason reason;

    public PreviewUnavailableException(NoPreviewReason reason) {
        super("preview.none." + reason.name(), "No preview: " + reason);
        this.reason = reason;
    }

    public NoPreviewReason reason() {
        return reason;
    }
}
