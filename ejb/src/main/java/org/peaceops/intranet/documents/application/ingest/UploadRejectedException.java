package org.peaceops.intranet.documents.application.ingest;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** An upload refused for what the file is; an application exception, so callers get it as is. */
@ApplicationException(rollback = true)
public class UploadRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final UploadRejection reason;
    private final List<String> parameters;

    public UploadRejectedException(UploadRejection reason, String message, String... parameters) {
        super(message);
        this.reason = reason;
        this.parameters = List.of(parameters);
    }

    public UploadRejection getReason() {
        return reason;
    }

    /** The bundle key of the reason, {@code upload.rejected.TYPE_MISMATCH}. */
    public String getKey() {
        return "upload.rejected." + reason.name();
    }

    public List<String> getParameters() {
        return parameters;
    }
}
