package org.peaceops.intranet.documents.application.ingest;

import org.peaceops.intranet.shared.refusal.Refusal;

/**
 * An upload refused for what the file is; nothing of it is kept. Its kind follows the reason: too large,
 * an unsupported type, or a broken rule (an empty file). The file's safe name is {@link #about()}.
 */
public class UploadRejectedException extends Refusal {

    private static final long serialVersionUID = 1L;

    private final UploadRejection reason;

    public UploadRejectedException(UploadRejection reason, String message, Object... parameters) {
        super("upload.rejected." + reason.name(), message, null, parameters);
        this.reason = reason;
    }

    public UploadRejection reason() {
        return reason;
    }

    @Override
    public Kind kind() {
        return switch (reason) {
            case TOO_LARGE -> Kind.TOO_LARGE;
            case TYPE_NOT_ALLOWED, TYPE_MISMATCH -> Kind.UNSUPPORTED_TYPE;
            case EMPTY -> Kind.RULE_BROKEN;
        };
    }
}
