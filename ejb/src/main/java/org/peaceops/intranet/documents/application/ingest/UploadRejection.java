package org.peaceops.intranet.documents.application.ingest;

/**
 * Why an upload was refused; nothing of it is kept. The web layer shows each through its EN/FR message
 * {@code upload.rejected.<NAME>}, with the parameters of {@link UploadRejectedException#arguments()}.
 */
public enum UploadRejection {
    /** The file has no bytes. */
    EMPTY,
    /** Larger than {@code intranet.upload.max-bytes}. Parameter: the limit. */
    TOO_LARGE,
    /** The content is of a type the intranet does not accept. Parameter: the detected type. */
    TYPE_NOT_ALLOWED,
    /** The content says one type, the name's extension another. Parameters: detected type, extension. */
    TYPE_MISMATCH
}
