package org.peaceops.intranet.documents.application.ingest;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** An upload refused for what the file is; an application exception, so callers get it as is. */
@ApplicationException(rollback = true)
public class UploadRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final UploadRejection reason;
    private final List<String> parameters;
    private String fileName;

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

    /** Names the refused file (as it would have been stored, made safe) for the caller's answer. */
    public UploadRejectedException about(String safeFileName) {
        this.fileName = safeFileName;
        return this;
    }

    /** The refused file's safe name, when the refusal was about a named file; else {@code null}. */
    public String getFileName() {
        return fileName;
    }
}
